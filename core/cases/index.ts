export { actionsFor, applyCaseAction, CASE_STATES, type CaseAction, type CaseActionName, type CaseChange, type CaseFacts, type CaseState } from './lifecycle';
