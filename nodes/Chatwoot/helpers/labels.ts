import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { refuse } from '../../common/errors';
import { retryPolicy } from '../../common/request';
import { chatwootApiRequest } from '../../common/transport';
import { bodyOf, fieldLabel, listOf } from './values';

export type LabelChange = 'add' | 'remove';

/** Chatwoot matches label titles without regard to case (labels are stored in lower case). */
const key = (label: string) => label.toLowerCase();

/** The labels the record ends up with: `current` plus the new ones after them, or `current` less `given`. */
export function changedLabels(current: string[], given: string[], change: LabelChange): string[] {
	if (change === 'add') {
		const result = [...current];
		for (const label of given)
			if (!result.some((kept) => key(kept) === key(label))) result.push(label);
		return result;
	}
	const dropped = new Set(given.map(key));
	return current.filter((label) => !dropped.has(key(label)));
}

/**
 * Pre-send hook of Add Labels and Remove Labels. Chatwoot's `POST …/labels` replaces the whole
 * list, so the record's labels are read first (`GET` on the same path, with the node's
 * credential, retries and redaction) and the changed list is sent. The labels to add or remove
 * are required: an empty list is refused before any request.
 */
export function sendLabelChange(change: LabelChange, parameterPath = 'labels') {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const given = listOf(this.getNodeParameter(parameterPath, ''));
		if (!given.length) {
			refuse(
				this,
				`${fieldLabel(parameterPath)} is required`,
				`Enter the label titles to ${change}, separated by commas, or map a list from an earlier node.`,
			);
		}
		const answer = await chatwootApiRequest.call(this, {
			method: 'GET',
			path: requestOptions.url,
			itemIndex: this.getItemIndex(),
			retry: retryPolicy(this.getNodeParameter('requestOptions', {}) as IDataObject),
		});
		const payload = (answer as IDataObject | undefined)?.payload;
		// without the current list, sending one would drop labels the record has
		if (!Array.isArray(payload)) {
			refuse(
				this,
				'Chatwoot did not answer with the current labels, so they were not changed',
				'Reading the labels (GET on the same path) gave no `payload` list. Check the Base URL points at Chatwoot.',
			);
		}
		const current = payload.map((label) => String(label));
		bodyOf(requestOptions).labels = changedLabels(current, given, change);
		return requestOptions;
	};
}
