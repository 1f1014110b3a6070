import type { TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '@main/ipc/contract';
import type { PartnerStatement } from '@main/ipc/contract/statement';

import { useNavigation } from '../../app/navigation-store';
import { SUPPORTED_LANGUAGES } from '../../i18n/i18n';
import { formatDate } from '../../ui/dates';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { formatMonth } from '../quotas/quota-text';
import { formatInstant } from '../sla/sla-format';
import { type StatementSection, statementSections, statementText } from './statement-sections';
import { statementTranslator, useStatement } from './statement-store';

import './statement.css';

/** Each language named in itself, so it is found whatever the app's language is. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The language is in the name: a partner may be sent both. */
const fileName = (partnerName: string, today: string, language: Language) =>
  `statement-${partnerName}-${today}-${language}`.replace(/[/\\:*?"<>|]+/g, '-').slice(0, 120);

function Section({ section }: { section: StatementSection }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="statement-section">
      <h2 id={id}>{section.title}</h2>
      {section.rows.length === 0 && section.empty ? (
        <p className="muted">{section.empty}</p>
      ) : (
        <dl className="statement-rows">
          {section.rows.map((row, index) => (
            <div key={index} className="statement-row">
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {section.note && <p className="hint">{section.note}</p>}
    </section>
  );
}

/** The statement in `language`: its own fixed translations, independent of the app's language. */
function StatementBody({ statement, t, language }: { statement: PartnerStatement; t: TFunction; language: Language }) {
  return (
    <article lang={language} className="statement-page">
      <header className="statement-header">
        <h1 id="statement-title">{t('statement.title')}</h1>
        <p className="statement-partner">{statement.partnerName}</p>
        <p className="hint">
          {t('statement.asOf', { date: formatDate(statement.today, language) })} ·{' '}
          {t('statement.generated', { at: formatInstant(statement.generatedAt, language).local })}
        </p>
      </header>
      <div className="statement-grid">
        {statementSections(t, statement, language).map((section) => (
          <Section key={section.id} section={section} />
        ))}
      </div>
      <p className="hint statement-source">{t('statement.source', { month: formatMonth(statement.month, language) })}</p>
    </article>
  );
}

/** One page for a partner, in English or Chinese: plan, quotas, bookings ahead and charges; as PDF or text. */
export function StatementView({ partnerId }: { partnerId: string }) {
  const { t, i18n } = useTranslation();
  const statement = useStatement((s) => s.statement);
  const { load, copyText, savePdf } = useStatement.getState();
  const openPartner = useNavigation((s) => s.openPartner);
  const showStatus = useStatus((s) => s.show);
  const reportError = useReportError();
  const id = useId();
  const [language, setLanguage] = useState<Language>(i18n.language === 'zh-CN' ? 'zh-CN' : 'en');
  const [fixed, setFixed] = useState<{ language: Language; t: TFunction } | null>(null);

  useEffect(() => {
    load(partnerId).catch(reportError);
  }, [load, partnerId, reportError]);
  useEffect(() => {
    let current = true;
    statementTranslator(language)
      .then((translate) => current && setFixed({ language, t: translate }))
      .catch(reportError);
    return () => {
      current = false;
    };
  }, [language, reportError]);

  const shown = statement && statement.partnerId === partnerId ? statement : null;
  const ready = shown && fixed && fixed.language === language ? { statement: shown, t: fixed.t } : null;
  const copy = () =>
    ready &&
    copyText(statementText(ready.t, ready.statement, language))
      .then(() => showStatus(t('statement.copied', { name: ready.statement.partnerName })))
      .catch(reportError);
  const save = () =>
    ready &&
    savePdf(fileName(ready.statement.partnerName, ready.statement.today, language))
      .then((path) => path && showStatus(t('statement.saved', { path })))
      .catch(reportError);

  return (
    <section aria-labelledby="statement-title" className="view statement-view">
      <nav aria-label={t('statement.breadcrumb')} className="no-print">
        <button type="button" className="link" onClick={() => openPartner(partnerId)}>
          ← {shown?.partnerName ?? t('nav.partners')}
        </button>
      </nav>
      <div className="toolbar no-print">
        <div role="radiogroup" aria-labelledby={`${id}-language`} className="inline-choices">
          <span id={`${id}-language`}>{t('statement.language')}</span>
          {SUPPORTED_LANGUAGES.map((code) => (
            <label key={code}>
              <input type="radio" name={`${id}-language`} value={code} checked={language === code} onChange={() => setLanguage(code)} />
              <span lang={code}>{LANGUAGE_NAMES[code]}</span>
            </label>
          ))}
        </div>
        <button type="button" className="push-right" disabled={!ready} onClick={() => void copy()}>
          {t('statement.copyText')}
        </button>
        <button type="button" className="primary" disabled={!ready} onClick={() => void save()}>
          {t('statement.savePdf')}
        </button>
      </div>
      {ready ? <StatementBody statement={ready.statement} t={ready.t} language={language} /> : <p aria-busy="true">{t('common.loading')}</p>}
    </section>
  );
}
