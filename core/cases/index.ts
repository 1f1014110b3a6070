export { caseNameReaders, type CaseNameReaders, type ShownCaseNames, type ShownNames } from './case-names';
export { actionsFor, applyCaseAction, CASE_STATES, type CaseAction, type CaseActionName, type CaseChange, type CaseFacts, type CaseState } from './lifecycle';
export { AmbiguousNameError, nameIndex, nameKey, type NameIndex, type NamesById } from './name-index';
export { caseEntryOutlook, checkNewCase, type CaseEntryOutlook, type CaseOpening, type NewCaseFacts } from './new-case';
