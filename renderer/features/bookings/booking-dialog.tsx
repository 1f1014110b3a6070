import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Partner } from '@main/ipc/contract';

import { useApiCall } from '../../ui/use-api-call';
import { BookingCheckNote, shownRefusal } from './booking-check-note';
import { checkDraftOf, type Draft, emptyDraft, type Kind, requestOf, withStart } from './booking-draft';
import { BookingKindFields } from './booking-kind-fields';
import { useBookings } from './bookings-store';
import { useBookingCheck } from './use-booking-check';

type Props = { partners: readonly Partner[]; partnerId?: string; onDone: (message: string) => void; onClose: () => void };

const KINDS: readonly Kind[] = ['kea', 'consulting', 'training'];

/** B1-B4 / T4: book a service, seeing the earliest date and the quota left before picking. */
export function BookingDialog({ partners, partnerId, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(partnerId));
  const { busy, error, setError, run } = useApiCall();
  const checkDraft = checkDraftOf(draft);
  const check = useBookingCheck(checkDraft);
  // B1-B4 / T4: while the draft is refused, Book stays disabled; the refusal says why.
  const refused = shownRefusal(check, error) !== null;
  const complete = !!checkDraft?.start && (draft.kind !== 'kea' || !!checkDraft.end) && (draft.kind !== 'consulting' || checkDraft.hours !== undefined);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const set = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await run(() => useBookings.getState().create(requestOf(draft)));
    if (!created.ok) return;
    onDone(t('bookings.done.booked', { partner: partners.find((p) => p.id === draft.partnerId)?.name ?? '' }));
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} onClose={onClose} className="dialog wide booking-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>{t('bookings.form.title')}</h2>
        <div className="form-grid">
          <label htmlFor={`${id}-partnerId`}>{t('bookings.form.partner')}</label>
          <select id={`${id}-partnerId`} value={draft.partnerId} autoFocus={!partnerId} onChange={(e) => set({ partnerId: e.target.value })}>
            <option value="">{t('bookings.form.choosePartner')}</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <span id={`${id}-kind`} className="label">
            {t('bookings.form.kind')}
          </span>
          <div role="radiogroup" aria-labelledby={`${id}-kind`} className="inline-choices">
            {KINDS.map((kind) => (
              <label key={kind}>
                <input
                  type="radio"
                  name={`${id}-kind`}
                  checked={draft.kind === kind}
                  autoFocus={!!partnerId && kind === 'kea'}
                  onChange={() => set({ kind })}
                />
                {t(`bookings.kinds.${kind}`)}
              </label>
            ))}
          </div>
          <BookingKindFields id={id} draft={draft} maxHours={check?.balances.consulting?.maxHours ?? null} invalid={error?.field ?? null} set={set} />
          <label htmlFor={`${id}-title-field`}>{t('bookings.form.bookingTitle')}</label>
          <input id={`${id}-title-field`} maxLength={200} value={draft.title} onChange={(e) => set({ title: e.target.value })} />
          <label htmlFor={`${id}-notes`}>{t('bookings.form.notes')}</label>
          <textarea id={`${id}-notes`} rows={2} maxLength={4000} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        </div>
        <BookingCheckNote
          kind={draft.kind}
          complete={complete}
          check={check}
          error={error}
          refusalId={`${id}-refusal`}
          onUseDate={(date) => set(withStart(draft, date))}
        />
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={busy || !draft.partnerId || !draft.start || refused}
            aria-describedby={refused ? `${id}-refusal` : undefined}
          >
            {t('bookings.form.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
