import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from './engine';
import type { Recorder } from './recorder';

/**
 * What Add Labels and Remove Labels of a resource must do besides their request cases: a failed
 * read fails the item as Get Labels fails and sends no POST, a blank label list is refused before
 * any request, and a read that gives no list changes nothing.
 */
export function describeLabelChanges(
	recorder: Recorder,
	resource: string,
	record: IDataObject,
	labelsPath: string,
): void {
	const run = async (operation: string, labels: unknown) =>
		await runNode({
			baseUrl: recorder.baseUrl,
			parameters: { resource, operation, ...record, labels } as INodeParameters,
		});

	describe(`${resource} add and remove labels`, () => {
		test.each([
			['addLabels', 404, { error: 'Resource could not be found' }],
			['addLabels', 401, { error: 'Invalid Access Token' }],
			['removeLabels', 404, { error: 'Resource could not be found' }],
			['removeLabels', 401, { error: 'Invalid Access Token' }],
		])(
			'%s: the read answering %i fails as Get Labels does, and nothing is sent',
			async (operation, status, body) => {
				recorder.reset();
				recorder.reply('GET', labelsPath, { status, body });
				const usual = await run('getLabels', undefined);
				recorder.reset();
				recorder.reply('GET', labelsPath, { status, body });
				const result = await run(operation, 'vip');
				expect(result.status).not.toBe('success');
				expect(usual.error?.message).toBeTruthy();
				expect(result.error?.message).toBe(usual.error?.message);
				expect(result.error?.httpCode).toBe(String(status));
				expect(recorder.requests.map((request) => request.method)).toEqual(['GET']);
			},
		);

		test.each([
			['addLabels', ' , '],
			['addLabels', '={{ "" }}'],
			['removeLabels', '={{ [] }}'],
		])('%s refuses the blank label list %j before any request', async (operation, labels) => {
			recorder.reset();
			recorder.on(() => ({ body: { payload: ['vip'] } }));
			const result = await run(operation, labels);
			expect(result.error?.message).toBe('Labels is required (item 0)');
			expect(recorder.requests).toEqual([]);
		});

		// the field is a required multi-select: an empty one stops n8n before the node runs
		test.each(['addLabels', 'removeLabels'])(
			'%s with no label picked does not run',
			async (operation) => {
				recorder.reset();
				await expect(run(operation, [])).rejects.toThrow(
					'Parameter "Label Names or IDs" is required',
				);
				expect(recorder.requests).toEqual([]);
			},
		);

		test.each(['addLabels', 'removeLabels'])(
			'%s sends nothing when the read gives no label list',
			async (operation) => {
				recorder.reset();
				recorder.reply('GET', labelsPath, { body: { data: [] } });
				const result = await run(operation, 'vip');
				expect(result.error?.message).toContain('did not answer with the current labels');
				expect(recorder.requests.map((request) => request.method)).toEqual(['GET']);
			},
		);
	});
}
