// P2 / P3: which severities a level offers.
import { type Level, levelLabel, planOf, type SeverityId } from '../catalog';
import { fail, ok, type Result } from '../errors';

/** The response target in minutes, or a refusal. Basic takes no severity (T5 instead). */
export function checkSeverity(level: Level, severity: SeverityId | undefined): Result<number | null> {
  const plan = planOf(level);
  if (plan.acceptanceWorkingDays !== null) {
    if (severity === undefined) return ok(null);
    return fail(
      'SEVERITY_NOT_IN_PLAN',
      'P2',
      `${levelLabel(level)} cases have no severity: each is accepted within ${plan.acceptanceWorkingDays} working day.`,
      { level, severity },
    );
  }
  if (severity === undefined) {
    // P3: on Standard and Premier every case, service or technical, has a severity.
    return fail('SEVERITY_REQUIRED', 'P3', `Every ${levelLabel(level)} case needs a severity.`, { level });
  }
  const target = plan.responseTargets[severity];
  if (target === undefined) {
    return fail('SEVERITY_NOT_IN_PLAN', 'P2', `${levelLabel(level)} does not offer the severity "${severity}"; choose another severity or upgrade.`, {
      level,
      severity,
    });
  }
  return ok(target);
}
