// The conformance kit every @toolrouter provider package runs in its tests. Private; named exports only.

export type { EchoApi } from './echo-router.ts';
export {
  connectedEchoRouter,
  createEchoRouter,
  ECHO_ACCOUNTS,
  startConformanceEchoApi,
  startEchoApi,
} from './echo-router.ts';
export { modelView } from './model-view.ts';
export type {
  InspectedTool,
  ProviderConformanceOptions,
  ThrownErrorConvention,
} from './provider-conformance-options.ts';
export type { RecordedCall } from './recording-execute.ts';
export { recordingExecute, sampleResult } from './recording-execute.ts';
export { runProviderConformance } from './run-provider-conformance.ts';
export { sampleTool, secondSampleTool } from './sample-tools.ts';
export type { ScriptedStep } from './scripted-agent.ts';
export { nextScriptedStep, SCRIPTED_ANSWER } from './scripted-agent.ts';
export { waitingTool } from './waiting-tool.ts';
