export { type CaseNameReaders, caseNameReaders, type ShownCaseNames, type ShownNames } from './case-names';
export { actionsFor, applyCaseAction, CASE_STATES, type CaseAction, type CaseActionName, type CaseChange, type CaseFacts, type CaseState } from './lifecycle';
export { AmbiguousNameError, type NameIndex, nameIndex, nameKey, type NamesById } from './name-index';
export { type CaseEntryOutlook, caseEntryOutlook, type CaseOpening, checkNewCase, type NewCaseFacts } from './new-case';
