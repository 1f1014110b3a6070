export { actionsFor, applyCaseAction, CASE_STATES, type CaseAction, type CaseActionName, type CaseChange, type CaseFacts, type CaseState } from './lifecycle';
export { caseEntryOutlook, checkNewCase, type CaseEntryOutlook, type CaseOpening, type NewCaseFacts } from './new-case';
