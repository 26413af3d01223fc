import base from './playwright.config';
// Local only (not committed): the machine is shared, the build needs longer than 300 s.
export default { ...base, webServer: { ...(base.webServer as object), timeout: 1_500_000 } };
