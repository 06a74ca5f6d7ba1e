// Every export here is this package's API; named exports only.
export { CHROMIUM_ARGS } from './chromium-args.ts';
export { ChromiumNotFoundError } from './chromium-not-found-error.ts';
export {
  type ChromiumSource,
  type FindChromiumOptions,
  type FoundChromium,
  findChromium,
  MACHINE_CHROMIUM_CANDIDATES,
} from './find-chromium.ts';
export { launchChromium } from './launch-chromium.ts';
export { type ChromiumProbe, probeChromium } from './probe-chromium.ts';
