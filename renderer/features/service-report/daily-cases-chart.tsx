import { useTranslation } from 'react-i18next';

import type { ServiceReportData } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';

const W = 640;
const H = 170;
const LEFT = 28;
const BOTTOM = 22;
const TOP = 8;

/** Cases opened per day (Q4: voided left out) as stacked bars: technical below, service above. */
export function DailyCasesChart({ report, monthLabel }: { report: ServiceReportData; monthLabel: string }) {
  const { t, i18n } = useTranslation();
  const days = report.perDay;
  const totals = days.map((d) => d.technical + d.service);
  const max = Math.max(1, ...totals);
  const busiest = days[totals.indexOf(Math.max(...totals))];
  const total = totals.reduce((a, b) => a + b, 0);
  const label =
    total === 0
      ? t('serviceReport.daily.noneLabel', { month: monthLabel })
      : t('serviceReport.daily.label', {
          month: monthLabel,
          count: total,
          technical: report.usage.technical,
          service: report.usage.service,
          days: totals.filter((n) => n > 0).length,
          busiest: busiest ? formatDate(busiest.date, i18n.language) : '',
          most: Math.max(...totals),
        });
  const slot = (W - LEFT) / days.length;
  const y = (n: number) => TOP + (H - TOP - BOTTOM) * (1 - n / max);
  return (
    <figure className="report-chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className="chart daily-chart">
        <line x1={LEFT} x2={W} y1={y(0)} y2={y(0)} className="axis" />
        <line x1={LEFT} x2={W} y1={y(max)} y2={y(max)} className="grid" />
        <text x={LEFT - 6} y={y(max) + 4} className="tick" textAnchor="end">
          {max}
        </text>
        <text x={LEFT - 6} y={y(0) + 4} className="tick" textAnchor="end">
          0
        </text>
        {days.map((d, i) => {
          const x = LEFT + i * slot + slot * 0.15;
          const w = slot * 0.7;
          const day = i + 1;
          return (
            <g key={d.date}>
              {d.technical > 0 && <rect x={x} width={w} y={y(d.technical)} height={y(0) - y(d.technical)} className="bar technical" />}
              {d.service > 0 && (
                <rect x={x} width={w} y={y(d.technical + d.service)} height={y(d.technical) - y(d.technical + d.service)} className="bar service" />
              )}
              {(day === 1 || day % 5 === 0) && (
                <text x={x + w / 2} y={H - 6} className="tick" textAnchor="middle">
                  {day}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span className="swatch technical" aria-hidden="true" /> {t('serviceReport.usage.technical')}
        <span className="swatch service" aria-hidden="true" /> {t('serviceReport.usage.service')}
      </figcaption>
    </figure>
  );
}
