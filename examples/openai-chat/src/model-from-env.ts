import OpenAI from 'openai';

/** What to set when there is no model to talk to. */
export const MISSING_KEY_MESSAGE = `This chatbot needs a model. Set OPENAI_API_KEY:

  export OPENAI_API_KEY=sk-...              # https://platform.openai.com/api-keys
  export OPENAI_MODEL=gpt-5-mini            # optional

Or run a local OpenAI-compatible server such as Ollama:

  ollama pull qwen3
  export OPENAI_BASE_URL=http://localhost:11434/v1
  export OPENAI_API_KEY=ollama              # any value; Ollama ignores it
  export OPENAI_MODEL=qwen3

then run this again.`;

/**
 * The client and model from the environment: OPENAI_API_KEY, OPENAI_MODEL (default gpt-5-mini),
 * and OPENAI_BASE_URL for an OpenAI-compatible server (Ollama, vLLM). Undefined without a key.
 */
export function modelFromEnv(env = process.env): { client: OpenAI; model: string } | undefined {
  const apiKey = env.OPENAI_API_KEY;
  if (!apiKey) return undefined;
  const baseURL = env.OPENAI_BASE_URL;
  return {
    client: new OpenAI({ apiKey, ...(baseURL ? { baseURL } : {}) }),
    model: env.OPENAI_MODEL ?? 'gpt-5-mini',
  };
}
