import { useTranslation } from 'react-i18next';

import type { SeverityReportRow } from '@core/reports';

import { formatMinutes } from './report-format';

const W = 640;
const LABEL = 230;
const ROW = 36;
/** Bars are drawn as a share of the target; beyond 4× the bar is cut and marked. */
const CAP = 4;

/** C2: median and longest first response of each severity against its target (the 100 % line). */
export function ResponseChart({ rows }: { rows: readonly SeverityReportRow[] }) {
  const { t } = useTranslation();
  const shown = rows.flatMap((r) =>
    r.severity !== null && r.targetMinutes !== null && r.longestMinutes !== null
      ? [{ ...r, severity: r.severity, target: r.targetMinutes, longest: r.longestMinutes }]
      : [],
  );
  if (shown.length === 0) return <p className="hint">{t('serviceReport.response.noChart')}</p>;
  const scale = Math.min(CAP, Math.max(1.5, ...shown.map((r) => r.longest / r.target)));
  const x = (ratio: number) => LABEL + ((W - LABEL - 10) * Math.min(ratio, scale)) / scale;
  const H = shown.length * ROW + 24;
  const label = t('serviceReport.response.label', {
    rows: shown
      .map((r) =>
        t('serviceReport.response.labelRow', {
          severity: t(`catalog.severities.${r.severity}`),
          median: formatMinutes(t, r.medianMinutes),
          longest: formatMinutes(t, r.longest),
          target: formatMinutes(t, r.target),
        }),
      )
      .join('; '),
  });
  return (
    <figure className="report-chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className="chart response-chart">
        {shown.map((r, i) => {
          const top = i * ROW + 4;
          const median = (r.medianMinutes ?? 0) / r.target;
          const longest = r.longest / r.target;
          return (
            <g key={r.severity}>
              <text x={LABEL - 8} y={top + 17} className="row-label" textAnchor="end">
                {t(`catalog.severities.${r.severity}`)}
              </text>
              <rect x={LABEL} y={top + 4} width={x(longest) - LABEL} height={10} className={`bar longest ${longest > 1 ? 'late' : ''}`} />
              <rect x={LABEL} y={top + 16} width={x(median) - LABEL} height={10} className={`bar median ${median > 1 ? 'late' : ''}`} />
              {longest > scale && (
                <text x={W - 12} y={top + 13} className="tick" textAnchor="end">
                  ≫
                </text>
              )}
            </g>
          );
        })}
        <line x1={x(1)} x2={x(1)} y1={0} y2={H - 20} className="target" />
        <text x={x(1)} y={H - 6} className="tick" textAnchor="middle">
          {t('serviceReport.response.targetLine')}
        </text>
        <line x1={LABEL} x2={LABEL} y1={0} y2={H - 20} className="axis" />
      </svg>
      <figcaption className="chart-legend">
        <span className="swatch median" aria-hidden="true" /> {t('serviceReport.response.median')}
        <span className="swatch longest" aria-hidden="true" /> {t('serviceReport.response.longest')}
        <span className="swatch late" aria-hidden="true" /> {t('serviceReport.response.late')}
      </figcaption>
    </figure>
  );
}
