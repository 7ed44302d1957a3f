import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buildOpenApiDocument } from '#app/api/openapi.server.ts'
import { PROBLEM_CODES } from '#app/api/schemas.ts'
import { ScrollRegion } from '#app/components/ui/scroll-region.tsx'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

interface ParameterSchema {
	type?: string | string[]
	enum?: string[]
	items?: { enum?: string[]; pattern?: string }
	pattern?: string
	minimum?: number
	maximum?: number
	maxLength?: number
	example?: unknown
}

/**
 * The API's documentation for people, read from the same OpenAPI document
 * machines get, so parameters, their allowed values and the answers listed
 * here are the ones the API enforces. Rendered on the server, with no
 * script from elsewhere (the CSP allows none, and there may be no internet).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const t = getFixedT(lang)
	const document = buildOpenApiDocument()
	const operations = Object.entries(document.paths ?? {}).map(([path, item]) => {
		const get = item.get!
		const parameters = (get.parameters ?? []).map((p) => {
			const {
				name,
				in: where,
				schema,
			} = p as {
				name: string
				in: string
				schema: ParameterSchema
			}
			return {
				name,
				in: where,
				values: allowedValues(schema),
				example: schema.example ?? null,
			}
		})
		const query = parameters
			.filter((p) => p.in === 'query' && ['lang', 'risk', 'ui'].includes(p.name))
			.map((p) => `${p.name}=${[p.example].flat().join(',')}`)
			.join('&')
		return {
			id: get.operationId!,
			path,
			example: path.includes('{') ? null : `${path}?${query}`,
			parameters,
			statuses: Object.keys(get.responses ?? {}),
		}
	})
	return {
		operations,
		problems: PROBLEM_CODES,
		title: `${t('apiDocs.title')} · ${t('app.name')}`,
		description: t('apiDocs.intro'),
	}
}

/** What a parameter accepts, as shown: its vocabulary, or its bounds. */
function allowedValues(schema: ParameterSchema) {
	const list = schema.items?.enum ?? schema.enum
	if (list) return { kind: 'list' as const, values: list }
	if (schema.minimum !== undefined && schema.maximum !== undefined)
		return { kind: 'range' as const, min: schema.minimum, max: schema.maximum }
	return { kind: 'text' as const }
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title, description: args.data?.description })

/** A path inside a sentence, kept left to right in Arabic (a bidi isolate). */
const isolated = (path: string) => `\u2066${path}\u2069`

export default function ApiDocs() {
	const { operations, problems } = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	return (
		<article className="api-docs">
			<h1>{t('apiDocs.title')}</h1>
			<p>{t('apiDocs.intro')}</p>
			<p>
				{t('apiDocs.description')}{' '}
				<a href="/api/v1/openapi.json">
					<code dir="ltr">/api/v1/openapi.json</code>
				</a>
			</p>
			<h2>{t('apiDocs.conventions.title')}</h2>
			<ul>
				<li>{t('apiDocs.conventions.language')}</li>
				<li>{t('apiDocs.conventions.cache')}</li>
				<li>{t('apiDocs.conventions.cors')}</li>
				<li>{t('apiDocs.conventions.licence')}</li>
				<li>{t('apiDocs.conventions.urls')}</li>
			</ul>
			{operations.map((op) => (
				<section key={op.id} aria-labelledby={`op-${op.id}`}>
					<h2 id={`op-${op.id}`}>{t(`apiDocs.operations.${op.id}.title`)}</h2>
					<p>
						<code dir="ltr">GET {op.path}</code>
					</p>
					<p>{t(`apiDocs.operations.${op.id}.text`)}</p>
					<ScrollRegion label={t('apiDocs.parameters', { path: isolated(op.path) })}>
						<table className="table">
							<caption>{t('apiDocs.parameters', { path: isolated(op.path) })}</caption>
							<thead>
								<tr>
									<th scope="col">{t('apiDocs.name')}</th>
									<th scope="col">{t('apiDocs.meaning')}</th>
									<th scope="col">{t('apiDocs.values')}</th>
								</tr>
							</thead>
							<tbody>
								{op.parameters.map((p) => (
									<tr key={p.name}>
										<th scope="row">
											<code dir="ltr">{p.name}</code>
										</th>
										<td>{t(`apiDocs.params.${p.name}`)}</td>
										<td className="api-docs__values">
											{p.values.kind === 'list' ? (
												<code dir="ltr">{p.values.values.join(', ')}</code>
											) : p.values.kind === 'range' ? (
												<code dir="ltr">
													{p.values.min}–{p.values.max}
												</code>
											) : p.example !== null ? (
												<>
													{t('apiDocs.example')} <code dir="ltr">{String(p.example)}</code>
												</>
											) : null}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</ScrollRegion>
					<h3>{t('apiDocs.answers')}</h3>
					<ul>
						{op.statuses.map((status) => (
							<li key={status}>
								<code dir="ltr">{status}</code> {t(`apiDocs.status.${status}`)}
							</li>
						))}
					</ul>
					{op.example ? (
						<p>
							{t('apiDocs.try')}{' '}
							<a href={op.example}>
								<code dir="ltr">{op.example}</code>
							</a>
						</p>
					) : null}
				</section>
			))}
			<h2>{t('apiDocs.problems.title')}</h2>
			<p>{t('apiDocs.problems.intro')}</p>
			<dl>
				{problems.map((code) => (
					<div key={code} id={`problem-${code}`}>
						<dt>
							<code dir="ltr">{code}</code>
						</dt>
						<dd>{t(`apiDocs.problems.${code}`)}</dd>
					</div>
				))}
			</dl>
		</article>
	)
}
