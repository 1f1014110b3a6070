import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type Level, levels as LEVELS } from '@core/catalog';
import type { PriceBook } from '@core/money';
import type { ErrorBody } from '@main/ipc/contract';

import { ApiError } from '../../api/bridge';
import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { fromDraft, type LevelDraft, type PriceBookDraft, toDraft } from './price-book-form';
import { isShippedName, PRICE_BOOK_NAME_MAX, priceBookErrorSentence } from './price-book-name';
import { usePriceBook } from './price-book-store';

import './price-book.css';

/** `aria-invalid` and the error's id on the field a refused save names. */
type Invalid = (field: string) => { 'aria-invalid'?: boolean; 'aria-describedby'?: string };
type SetLevel = (level: Level, change: Partial<LevelDraft>) => void;

/** M2: the user's prices. Saving applies them from now on; recorded charges keep their amounts. */
export function PriceBookEditor() {
  const priceBook = usePriceBook((s) => s.priceBook);
  const reviewed = usePriceBook((s) => s.reviewed);
  const report = useReportError();

  useEffect(() => {
    usePriceBook.getState().load().catch(report);
  }, [report]);

  // A saved book starts a fresh form, so the fields show exactly what is stored.
  return priceBook && <PriceBookForm key={JSON.stringify(priceBook)} priceBook={priceBook} reviewed={reviewed} />;
}

function PriceBookForm({ priceBook, reviewed }: { priceBook: PriceBook; reviewed: boolean }) {
  const { t } = useTranslation();
  const save = usePriceBook((s) => s.save);
  const showStatus = useStatus((s) => s.show);
  const [draft, setDraft] = useState<PriceBookDraft>(() => toDraft(priceBook));
  const [error, setError] = useState<ErrorBody | null>(null);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);

  // A refused save takes the keyboard to the field at fault (the name, when the review asks for it).
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const setLevel: SetLevel = (level, change) => setDraft({ ...draft, levels: { ...draft.levels, [level]: { ...draft.levels[level], ...change } } });
  const invalid: Invalid = (field) => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});
  const nameInvalid = error?.field === 'priceBook.name';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = fromDraft(draft);
    if (!read.ok) return setError({ code: 'INVALID_INPUT', message: '', field: read.problem.field, rule: read.problem.rule });
    try {
      await save(read.priceBook);
      setError(null);
      showStatus(t('priceBook.saved'));
    } catch (e) {
      if (e instanceof ApiError) setError(e.body);
      else throw e;
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="card price-book">
      <h2 id={`${id}-title`}>{t('priceBook.title')}</h2>
      {!reviewed && <p className="warning">{t('priceBook.sampleNotice')}</p>}
      {reviewed && isShippedName(priceBook.name) && <p className="warning">{t('priceBook.unnamedNotice', { name: t('priceBook.reviewedUnnamed') })}</p>}
      <p className="hint">{t('priceBook.note')}</p>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        {error && (
          <p id={`${id}-error`} role="alert" className="form-error">
            {priceBookErrorSentence(t, error)}
          </p>
        )}
        <div className="form-grid">
          <label htmlFor={`${id}-name`}>{t('priceBook.name')}</label>
          <div className="price-book-name">
            {/* M2: quotes name their prices by it, so the review asks for it (the shipped name is not offered). */}
            <input
              id={`${id}-name`}
              value={draft.name}
              maxLength={PRICE_BOOK_NAME_MAX}
              placeholder={t('priceBook.namePlaceholder')}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              aria-invalid={nameInvalid || undefined}
              aria-describedby={nameInvalid ? `${id}-error ${id}-name-hint` : `${id}-name-hint`}
            />
            <p id={`${id}-name-hint`} className="hint">
              {t('priceBook.nameHint')}
            </p>
          </div>
          <label htmlFor={`${id}-currency`}>{t('priceBook.currency')}</label>
          <input
            id={`${id}-currency`}
            value={draft.currency}
            maxLength={3}
            className="short"
            onChange={(e) => setDraft({ ...draft, currency: e.target.value })}
            {...invalid('priceBook.currency')}
          />
          <label htmlFor={`${id}-pack`}>{t('priceBook.addonPackPrice')}</label>
          <input
            id={`${id}-pack`}
            inputMode="decimal"
            value={draft.addonPackPrice}
            onChange={(e) => setDraft({ ...draft, addonPackPrice: e.target.value })}
            {...invalid('priceBook.addonPackPrice')}
          />
        </div>
        <SimpleTable
          columns={feeColumns(t, draft, setLevel, invalid)}
          rows={LEVELS}
          getRowKey={(level) => level}
          caption={t('priceBook.feesCaption', { currency: draft.currency })}
          className="prices"
        />
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t(reviewed ? 'priceBook.save' : 'priceBook.saveReviewed')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The fees table: a row per level (its name the row's header), its fees and bands as fields. */
function feeColumns(t: TFunction, draft: PriceBookDraft, setLevel: SetLevel, invalid: Invalid): SimpleColumn<Level>[] {
  const name = (level: Level) => t(`catalog.levels.${level}`);
  return [
    { id: 'level', header: t('priceBook.level'), rowHeader: true, cell: name },
    {
      id: 'monthlyFee',
      header: t('priceBook.monthlyFee'),
      cell: (level) => (
        <input
          aria-label={t('priceBook.monthlyFeeOf', { level: name(level) })}
          inputMode="decimal"
          value={draft.levels[level].monthlyFee}
          onChange={(e) => setLevel(level, { monthlyFee: e.target.value })}
          {...invalid(`priceBook.levels.${level}.monthlyFee`)}
        />
      ),
    },
    {
      id: 'yearlyFee',
      header: t('priceBook.yearlyFee'),
      cell: (level) => (
        <input
          aria-label={t('priceBook.yearlyFeeOf', { level: name(level) })}
          inputMode="decimal"
          value={draft.levels[level].yearlyFee}
          onChange={(e) => setLevel(level, { yearlyFee: e.target.value })}
          {...invalid(`priceBook.levels.${level}.yearlyFee`)}
        />
      ),
    },
    {
      id: 'bands',
      header: t('priceBook.bands'),
      cell: (level) => <BandsCell t={t} level={level} name={name(level)} bands={draft.levels[level].bands} setLevel={setLevel} invalid={invalid} />,
    },
  ];
}

type BandsProps = { t: TFunction; level: Level; name: string; bands: LevelDraft['bands']; setLevel: SetLevel; invalid: Invalid };

/** A level's bands, each an upper limit and a rate, with the ways to add and remove one. */
function BandsCell({ t, level, name, bands, setLevel, invalid }: BandsProps) {
  return (
    <>
      <ol className="bands">
        {bands.map((band, i) => (
          <li key={i}>
            <input
              aria-label={t('priceBook.bandUpTo', { level: name, n: i + 1 })}
              placeholder={t('priceBook.noLimit')}
              inputMode="decimal"
              value={band.upTo}
              onChange={(e) => setLevel(level, { bands: bands.map((b, j) => (j === i ? { ...b, upTo: e.target.value } : b)) })}
              {...invalid(`priceBook.levels.${level}.bands.${i}.upTo`)}
            />
            <input
              aria-label={t('priceBook.bandRate', { level: name, n: i + 1 })}
              className="short"
              inputMode="decimal"
              value={band.ratePercent}
              onChange={(e) => setLevel(level, { bands: bands.map((b, j) => (j === i ? { ...b, ratePercent: e.target.value } : b)) })}
              {...invalid(`priceBook.levels.${level}.bands.${i}.rateBp`)}
            />
            <span aria-hidden="true">%</span>
            <button
              type="button"
              aria-label={t('priceBook.removeBand', { level: name, n: i + 1 })}
              onClick={() => setLevel(level, { bands: bands.filter((_, j) => j !== i) })}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setLevel(level, { bands: [...bands, { upTo: '', ratePercent: '' }] })}>
        {t('priceBook.addBand')}
      </button>
    </>
  );
}
