// Every export here is public API; named exports only.
export { VercelProvider } from './provider/vercel-provider.ts';
