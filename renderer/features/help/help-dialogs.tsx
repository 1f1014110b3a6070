import { useEffect } from 'react';

import { listen } from '../../api/bridge';
import { AboutDialog } from './about-dialog';
import { DiagnosticsDialog } from './diagnostics-dialog';
import { useHelp } from './help-store';

import './help.css';

/** The Help dialogs, and the native menu's Help → About / Save Diagnostics… that open them. */
export function HelpDialogs() {
  const open = useHelp((s) => s.open);
  const close = useHelp((s) => s.close);
  useEffect(() => listen('app/menu', ({ command }) => useHelp.getState().show(command)), []);
  if (open === 'about') return <AboutDialog key="about" onClose={close} />;
  if (open === 'save-diagnostics') return <DiagnosticsDialog key="save-diagnostics" onClose={close} />;
  return null;
}
