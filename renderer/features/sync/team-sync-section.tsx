import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SyncStatus } from '@main/ipc/contract/sync';

import { useApiCall } from '../../ui/use-api-call';
import { useReportError } from '../../ui/use-report-error';
import { TEAM_SYNC_HEADING, useSync } from './sync-store';
import { statusDetail, statusLabel } from './sync-text';
import { TeamSyncErrors } from './team-sync-errors';

import './sync.css';

/** What the form holds: the address as stored until edited; the token is never shown back. */
type Draft = { enabled: boolean; serverUrl: string; token: string };
const draftOf = (status: SyncStatus | null): Draft => ({ enabled: status !== null && status.state !== 'off', serverUrl: status?.server ?? '', token: '' });

/**
 * Settings → Team sync: off by default; an address, a token and a switch, saved together. A token
 * once kept stays unless another is written; main reads the team and the manager from it.
 */
export function TeamSyncSection() {
  const { t, i18n } = useTranslation();
  const status = useSync((s) => s.status);
  const { loadStatus, configure } = useSync.getState();
  const report = useReportError();
  const id = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [missing, setMissing] = useState<'server' | 'token' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run } = useApiCall();
  const form = draft ?? draftOf(status);
  const tokenKept = status?.manager != null;

  useEffect(() => {
    loadStatus().catch(report);
  }, [loadStatus, report]);

  const edit = (change: Partial<Draft>) => {
    setDraft({ ...form, ...change });
    setSaved(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const serverUrl = form.serverUrl.trim();
    const token = form.token.trim();
    const lacking = !form.enabled ? null : !serverUrl ? 'server' : !token && !tokenKept ? 'token' : null;
    setMissing(lacking);
    if (lacking) return;
    const request = { enabled: form.enabled, ...(serverUrl ? { serverUrl } : {}), ...(token ? { token } : {}) };
    const answer = await run(() => configure(request));
    if (!answer.ok) return;
    setDraft(null);
    setSaved(answer.value.state === 'off' ? t('sync.settings.savedOff') : t('sync.settings.savedOn', { server: answer.value.server ?? serverUrl }));
  };

  return (
    <section aria-labelledby={TEAM_SYNC_HEADING} className="card settings-sync">
      <h2 id={TEAM_SYNC_HEADING} tabIndex={-1}>
        {t('sync.title')}
      </h2>
      <p>{t('sync.settings.intro')}</p>
      <p className="hint">{t('sync.settings.offNote')}</p>
      <form className="settings-sync-form" onSubmit={(e) => void submit(e)} noValidate>
        <span className="label">{t('sync.settings.state')}</span>
        <span data-testid="sync-settings-state">
          {status ? statusLabel(t, status, i18n.language) : t('common.loading')}
          {status && statusDetail(t, status, i18n.language) && <small className="hint">{statusDetail(t, status, i18n.language)}</small>}
        </span>
        {status?.team && status.manager && (
          <>
            <span className="label">{t('sync.settings.who')}</span>
            <span>{t('sync.settings.whoValue', { team: status.team, manager: status.manager })}</span>
          </>
        )}
        <label htmlFor={`${id}-server`}>{t('sync.settings.server')}</label>
        <span>
          <input
            id={`${id}-server`}
            type="url"
            inputMode="url"
            spellCheck={false}
            autoComplete="off"
            value={form.serverUrl}
            aria-describedby={`${id}-server-hint`}
            aria-invalid={missing === 'server' || error?.field === 'serverUrl' || undefined}
            placeholder="wss://sync.example.com"
            onChange={(e) => edit({ serverUrl: e.target.value })}
          />
          <small id={`${id}-server-hint`} className="hint">
            {t('sync.settings.serverHint')}
          </small>
        </span>
        <label htmlFor={`${id}-token`}>{t('sync.settings.token')}</label>
        <span>
          <input
            id={`${id}-token`}
            type="password"
            spellCheck={false}
            autoComplete="off"
            value={form.token}
            aria-describedby={`${id}-token-hint`}
            aria-invalid={missing === 'token' || error?.field === 'token' || undefined}
            placeholder={tokenKept ? t('sync.settings.tokenKept') : t('sync.settings.tokenPlaceholder')}
            onChange={(e) => edit({ token: e.target.value })}
          />
          <small id={`${id}-token-hint`} className="hint">
            {t('sync.settings.tokenHint')}
          </small>
        </span>
        <span />
        <label className="settings-sync-switch">
          <input type="checkbox" role="switch" checked={form.enabled} onChange={(e) => edit({ enabled: e.target.checked })} /> {t('sync.settings.enabled')}
        </label>
        <span />
        <span className="settings-sync-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('sync.settings.save')}
          </button>
        </span>
      </form>
      <TeamSyncErrors missing={missing} error={error} saved={saved} />
    </section>
  );
}
