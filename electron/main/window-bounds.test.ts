import { describe, expect, it } from 'vitest';

import { fitOnDisplays } from './window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 876 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('fitOnDisplays', () => {
  it('keeps bounds that are wholly on a display', () => {
    expect(fitOnDisplays({ x: 100, y: 50, width: 1200, height: 800 }, [laptop, monitorRight])).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
    expect(fitOnDisplays({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop, monitorRight])).toEqual({ x: 2000, y: 100, width: 1200, height: 800 });
  });

  it('centres a window from a monitor that was unplugged on the display that is left', () => {
    expect(fitOnDisplays({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop])).toEqual({ x: 120, y: 38, width: 1200, height: 800 });
  });

  it('pulls a window hanging off an edge wholly onto the display it overlaps most', () => {
    expect(fitOnDisplays({ x: -300, y: -40, width: 1200, height: 800 }, [laptop])).toEqual({ x: 0, y: 0, width: 1200, height: 800 });
    expect(fitOnDisplays({ x: 1300, y: 600, width: 1200, height: 800 }, [laptop, monitorRight])).toEqual({ x: 1440, y: 600, width: 1200, height: 800 });
  });

  it('shrinks a window larger than the display to its work area', () => {
    expect(fitOnDisplays({ x: 0, y: 0, width: 2560, height: 1400 }, [laptop])).toEqual(laptop);
  });

  it('gives a window below the minimum size (a damaged file) the default size', () => {
    expect(fitOnDisplays({ x: 10, y: 10, width: 20, height: 5 }, [monitorRight, laptop])).toEqual({ x: 10, y: 10, width: 1280, height: 820 });
  });
});
