export {
  type ChatHistoryItem,
  CUSTOM_TOOL_SLUG,
  nextChatStep,
  type ScriptedStep,
  toolView,
} from './chat-script.ts';
export { createNotesRouter } from './create-notes-router.ts';
export { drain } from './drain.ts';
export { NOTES_API_KEY, notesToolkit } from './notes-toolkit.ts';
export { runMainWithoutKey } from './run-main-without-key.ts';
export { type FakeOpenAI, startFakeOpenAI } from './start-fake-openai.ts';
export { NOTES, type NotesApi, startNotesApi } from './start-notes-api.ts';
export { submitConnectForm } from './submit-connect-form.ts';
