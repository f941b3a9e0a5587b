// An OpenAI-compatible chat model on 127.0.0.1 for n8n's AI Agent: `POST /v1/chat/completions` answers
// from a script, `GET /v1/models` lists one model. Every request is recorded, so a test can read the
// `tools` array the agent gives the model (names, descriptions, parameter schemas).
//
// A script is a list of steps; each completion request takes the next one. A step is a function of the
// request body that returns either { toolCalls: [{ name, arguments }] } or { text }. Tools must be
// picked from `body.tools` by their descriptions (see `pickTool`), never by a guessed name.
import { createServer } from 'node:http';

export const MOCK_MODEL = 'mock-support-model';

/**
 * The one tool whose description matches `pattern`, as a model would choose it: by what the
 * description says, not by the tool's name. Throws naming every tool offered when none or several fit.
 */
export function pickTool(tools, pattern, what) {
  const offered = (tools ?? []).map((tool) => tool.function ?? tool);
  const found = offered.filter((tool) => pattern.test(tool.description ?? ''));
  if (found.length !== 1) {
    throw new Error(
      `${found.length} tools fit "${what}" (${pattern}); the agent offered: ${
        offered.map((tool) => `${tool.name} — ${tool.description}`).join(' | ') || 'no tools'
      }`,
    );
  }
  return found[0];
}

function completion(message, finishReason) {
  return {
    id: `chatcmpl-mock-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: MOCK_MODEL,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

/** Turns a script step's answer into an OpenAI chat completion. */
function answer(step) {
  if (step.toolCalls) {
    return completion(
      {
        role: 'assistant',
        content: null,
        tool_calls: step.toolCalls.map((call, index) => ({
          id: `call_mock_${index + 1}`,
          type: 'function',
          function: { name: call.name, arguments: JSON.stringify(call.arguments ?? {}) },
        })),
      },
      'tool_calls',
    );
  }
  return completion({ role: 'assistant', content: step.text }, 'stop');
}

/**
 * Starts the model on `port` with `script`. Resolves with { url (the Base URL, ending in /v1), requests(),
 * errors(), setScript(steps), stop() }. A request beyond the script, or a step that throws, answers 500 and
 * is kept in errors().
 */
export function startOpenAiMock(port, script = []) {
  let steps = [...script];
  const requests = [];
  const errors = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString();
      let body;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const url = new URL(req.url, 'http://x');
      requests.push({ method: req.method, path: url.pathname, body });
      const send = (status, data) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      if (req.method === 'GET' && url.pathname === '/v1/models') {
        return send(200, {
          object: 'list',
          data: [{ id: MOCK_MODEL, object: 'model', created: 0, owned_by: 'e2e' }],
        });
      }
      if (req.method === 'POST' && url.pathname === '/v1/chat/completions') {
        const step = steps.shift();
        try {
          if (!step) throw new Error('a chat completion was asked for beyond the script');
          if (body?.stream) throw new Error('streaming completions are not scripted');
          return send(200, answer(step(body)));
        } catch (error) {
          errors.push(error.message);
          return send(500, { error: { message: error.message, type: 'server_error' } });
        }
      }
      errors.push(`unexpected ${req.method} ${url.pathname}`);
      return send(404, { error: { message: `no route ${req.method} ${url.pathname}` } });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}/v1`,
        requests: () => [...requests],
        completions: () =>
          requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions'),
        errors: () => [...errors],
        setScript(next) {
          steps = [...next];
          requests.length = 0;
          errors.length = 0;
        },
        stop: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}
