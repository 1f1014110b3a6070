import { create } from 'zustand';

/** The latest confirmation or failure, read out by the status live region in the app frame. */
type StatusState = {
  message: string | null;
  tone: 'info' | 'error';
  show: (message: string, tone?: 'info' | 'error') => void;
  clear: () => void;
};

export const useStatus = create<StatusState>((set) => ({
  message: null,
  tone: 'info',
  show: (message, tone = 'info') => set({ message, tone }),
  clear: () => set({ message: null }),
}));
