// Opens a case's page (from a row of a case list, a link, a key press).
import { navigate } from '@renderer/app/router';

export const openCase = (caseId: string) => navigate({ screen: 'case', caseId });
