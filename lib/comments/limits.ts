// Shared by the server's checks and the browser's form, so neither pulls in the other's code.
export const MAX_COMMENT_LENGTH = 5000;
export const EDIT_WINDOW_MS = 10 * 60_000;
export const FLOOD_SECONDS = 15;
