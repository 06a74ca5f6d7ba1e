import type {
  CallableTool,
  Content,
  FunctionDeclaration,
  GenerateContentResponse,
  Part,
  ToolListUnion,
} from '@google/genai';
import { memoryStore, ToolRouter } from '@toolrouter/core';
import { describe, expectTypeOf, it } from 'vitest';
import { GoogleProvider } from './google-provider.ts';
import type { GoogleFunctionDeclaration } from './google-types.ts';

describe('GoogleProvider types', () => {
  it('session.tools() is a list of function declarations that @google/genai takes', async () => {
    const router = new ToolRouter({
      provider: new GoogleProvider(),
      store: memoryStore(),
      builtinToolkits: false,
    });
    const session = await router.create('user_1');
    const tools = await session.tools();
    expectTypeOf(tools).toEqualTypeOf<GoogleFunctionDeclaration[]>();
    expectTypeOf(tools).toExtend<FunctionDeclaration[]>();
    expectTypeOf([{ functionDeclarations: tools }]).toExtend<ToolListUnion>();
  });

  it('handleToolCalls takes a GenerateContentResponse and returns parts; callableTool is a CallableTool', () => {
    const provider = new GoogleProvider();
    expectTypeOf<GenerateContentResponse>().toExtend<Parameters<typeof provider.handleToolCalls>[1]>();
    expectTypeOf<Awaited<ReturnType<typeof provider.handleToolCalls>>>().toExtend<Part[]>();
    expectTypeOf<Awaited<ReturnType<typeof provider.handleToolCalls>>>().toExtend<Content['parts']>();
    expectTypeOf<ReturnType<typeof provider.callableTool>>().toExtend<CallableTool>();
  });
});
