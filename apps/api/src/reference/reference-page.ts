import { escapeHtml, type Html, html } from './html.ts';
import type { OpenApiDocument } from './openapi-document.ts';

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  $ref?: string;
  items?: JsonSchema;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  pattern?: string;
};
interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description: string;
  schema: JsonSchema;
  example?: string;
}
interface Operation {
  operationId: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
  'x-example': string;
}

/** Stands for the server's origin in the prepared page; `withOrigin` puts the real one in per request. */
const ORIGIN = '\u0000origin\u0000';

function componentName(ref: string): string {
  return ref.replace('#/components/schemas/', '');
}

function typeOf(schema: JsonSchema): Html {
  if (schema.$ref) return html`<a href="#schema-${componentName(schema.$ref)}">${componentName(schema.$ref)}</a>`;
  if (schema.enum) return html`one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (schema.type === 'array' && schema.items) return html`list of ${typeOf(schema.items)}`;
  return html`${schema.type ?? 'any'}`;
}

function parametersTable(parameters: Parameter[]): Html {
  if (parameters.length === 0) return html`<p>No parameters.</p>`;
  const rows = parameters.map(
    (p) =>
      html`<tr><td><code>${p.name}</code></td><td>${p.in}${p.required ? ', required' : ''}</td><td>${typeOf(p.schema)}</td><td>${p.description}${p.example ? html` (e.g. <code>${p.example}</code>)` : undefined}</td></tr>`,
  );
  return html`<table><thead><tr><th>Name</th><th>In</th><th>Accepts</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function answersList(responses: Operation['responses']): Html {
  const items = Object.entries(responses).map(([status, response]) => {
    const contents = Object.entries(response.content ?? {}).map(
      ([type, { schema }]) => html` <code>${type}</code> ${typeOf(schema)}`,
    );
    return html`<dt>${status}</dt><dd>${response.description}${contents}</dd>`;
  });
  return html`<dl>${items}</dl>`;
}

function operationSection(path: string, op: Operation): Html {
  const example = op['x-example'];
  return html`<section id="${op.operationId}">
<h2><span class="method">GET</span><code>${path}</code></h2>
<p class="summary">${op.summary}</p>
<p>${op.description}</p>
<h3>Parameters</h3>
${parametersTable(op.parameters)}
<h3>Answers</h3>
${answersList(op.responses)}
<h3>Example</h3>
<pre><code>curl -s '${ORIGIN}${example}'</code></pre>
<p><a href="${example}">See the example answer</a></p>
</section>`;
}

function schemaSection(name: string, schema: JsonSchema): Html {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(
    ([field, property]) =>
      html`<tr><td><code>${field}</code></td><td>${required.has(field) ? 'yes' : 'no'}</td><td>${typeOf(property)}${property.pattern ? html` matching <code>${property.pattern}</code>` : undefined}</td></tr>`,
  );
  return html`<section id="schema-${name}"><h3>${name}</h3>
<table><thead><tr><th>Field</th><th>Always present</th><th>Type</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/**
 * The API reference as an HTML page generated from the OpenAPI document: every endpoint with its parameters,
 * answers, a curl example and a link to an example answer, then the schemas. No scripts; styles in /api/docs.css.
 */
export function referencePage(doc: OpenApiDocument): (origin: string) => string {
  const operations = Object.entries(doc.paths).map(([path, item]) => [path, item.get as unknown as Operation] as const);
  const schemas = Object.entries(doc.components.schemas as Record<string, JsonSchema>);
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · ${doc.info.title}</title>
<link rel="stylesheet" href="/api/docs.css">
</head>
<body>
<header>
<h1>${doc.info.title}</h1>
<p>${doc.info.description}</p>
<p><a href="/api/openapi.json">OpenAPI 3.1 document</a> · <a href="/api/datapackage.json">Data Package</a> · <a href="/">Dashboard</a></p>
</header>
<nav aria-label="Endpoints"><ul>${operations.map(([path, op]) => html`<li><a href="#${op.operationId}"><code>GET ${path}</code></a>: ${op.summary}</li>`)}</ul></nav>
<main>
${operations.map(([path, op]) => operationSection(path, op))}
<section id="schemas"><h2>Schemas</h2>
${schemas.map(([name, schema]) => schemaSection(name, schema))}
</section>
</main>
</body>
</html>
`.text;
  const parts = page.split(ORIGIN);
  return (origin) => parts.join(escapeHtml(origin));
}
