import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/bridge';
import { errorSentence } from '../../ui/error-sentence';
import { openOption, optionsOf, type SearchOption } from './search-options';
import { SearchResultsList } from './search-results';
import { useSearch } from './use-search';

import './search.css';

const noSubscription = () => () => undefined;
const findHeader = () => document.querySelector('.app-header');
const isMac = () => /mac/i.test(navigator.platform);
/** Ctrl+K, or Cmd+K on macOS. */
const isShortcut = (event: KeyboardEvent) => event.key.toLowerCase() === 'k' && (isMac() ? event.metaKey : event.ctrlKey) && !event.altKey && !event.shiftKey;

/**
 * The search across every year, on every screen: a Search button in the header and Ctrl+K (Cmd+K
 * on macOS) open a dialog with a combobox and its listbox of results, grouped; Up and Down move,
 * Enter opens, Escape closes, and the focus goes back where it was (unless a result opened).
 */
export function SearchPalette() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // The app's header, once in the page (React renders again when it differs after the commit).
  const header = useSyncExternalStore(noSubscription, findHeader);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      if (!open) {
        returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const openFrom = (element: HTMLElement) => {
    returnTo.current = element;
    setOpen(true);
  };
  const close = (opened: boolean) => {
    setOpen(false);
    // A result opened takes the focus itself (its dialog or page); otherwise it goes back.
    if (!opened) returnTo.current?.focus();
    else
      requestAnimationFrame(() => {
        if (!document.querySelector('dialog[open]')) document.getElementById('main')?.focus();
      });
  };

  const shortcut = isMac() ? '⌘K' : 'Ctrl+K';
  const button = (
    <button type="button" className="search-button" aria-keyshortcuts={isMac() ? 'Meta+K' : 'Control+K'} onClick={(event) => openFrom(event.currentTarget)}>
      <span aria-hidden="true">⌕ </span>
      {t('search.button')}
      <kbd aria-hidden="true">{shortcut}</kbd>
    </button>
  );
  return (
    <>
      {header ? createPortal(button, header) : null}
      {open && <SearchDialog onClose={close} />}
    </>
  );
}

function SearchDialog({ onClose }: { onClose: (opened: boolean) => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [text, setText] = useState('');
  const { results, busy, error } = useSearch(text);
  // The row marked, for the results it was marked in: new results start at their first row.
  const [marked, setMarked] = useState<{ results: typeof results; index: number }>({ results: null, index: 0 });
  const active = marked.results === results ? marked.index : 0;
  const setActive = (index: number) => setMarked({ results, index });
  const options = optionsOf(results, id);
  const listId = `${id}-list`;
  const picked = options[Math.min(active, options.length - 1)];

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  useEffect(() => {
    if (picked) document.getElementById(picked.id)?.scrollIntoView({ block: 'nearest' });
  }, [picked]);

  // What the dialog closed to open, if anything: its close event then hands the focus on.
  const chosen = useRef<SearchOption | null>(null);
  const choose = (option: SearchOption) => {
    chosen.current = option;
    dialog.current?.close();
  };
  const closed = () => {
    const option = chosen.current;
    onClose(option !== null);
    if (option) openOption(option);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (options.length === 0) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      setActive((Math.min(active, options.length - 1) + step + options.length) % options.length);
    } else if (event.key === 'Enter' && picked) {
      event.preventDefault();
      choose(picked);
    }
  };

  const total = results ? results.partners.total + results.cases.total + results.bookings.total : 0;
  const status = error
    ? t('search.failed', { reason: error instanceof ApiError ? errorSentence(t, error.body) : String(error) })
    : busy
      ? t('search.searching')
      : results && total === 0
        ? t('search.none', { text: results.text })
        : results
          ? t('search.count', { count: total })
          : t('search.hint');
  return (
    <dialog ref={dialog} className="dialog search-dialog" aria-labelledby={`${id}-title`} onClose={closed}>
      <h2 id={`${id}-title`}>{t('search.title')}</h2>
      <input
        type="text"
        role="combobox"
        className="search-input"
        aria-label={t('search.label')}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={picked?.id}
        aria-describedby={`${id}-status`}
        placeholder={t('search.placeholder')}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-status`} className="search-status" role="status">
        {status}
      </p>
      {results && options.length > 0 ? (
        <SearchResultsList
          results={results}
          options={options}
          active={Math.min(active, options.length - 1)}
          listId={listId}
          onPick={choose}
          onHover={setActive}
        />
      ) : (
        <div role="listbox" id={listId} aria-label={t('search.label')} className="search-results empty" />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('search.close')}
        </button>
      </div>
    </dialog>
  );
}
