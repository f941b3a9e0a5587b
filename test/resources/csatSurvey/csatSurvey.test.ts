import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { findOperation, spec } from '../../harness/openapi';
import { description } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const UUID = '0f3c6d5e-8a2b-4c1d-9e7f-2b4a6c8d0e1f';
const PATH = `/public/api/v1/csat_survey/${UUID}`;
const survey = {
	id: 205,
	csat_survey_response: null,
	display_type: 'emoji',
	inbox_name: 'Website support',
	conversation_id: 61,
};
const answered = {
	...survey,
	csat_survey_response: { id: 31, rating: 4, feedback_message: 'Quick help' },
};

const cases: RequestCase[] = [
	{
		name: 'get reads the JSON survey endpoint, not the HTML page (docs/server-facts.md#csat-survey-json)',
		parameters: { resource: 'csatSurvey', operation: 'get', conversationUuid: UUID },
		expect: { method: 'GET', path: PATH },
		reply: { body: survey },
		output: [survey],
	},
	{
		name: 'submit sends the rating and feedback where the server reads them, and returns the answer as rendered: a first answer still shows no response (docs/server-facts.md#csat-submit-answer)',
		parameters: {
			resource: 'csatSurvey',
			operation: 'submit',
			conversationUuid: UUID,
			rating: 4,
			additionalFields: { feedbackMessage: 'Quick help' },
		},
		expect: {
			method: 'PATCH',
			path: PATH,
			body: {
				message: {
					submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'Quick help' } },
				},
			},
		},
		reply: { body: survey },
		output: [survey],
	},
	{
		name: 'submit with a rating only',
		parameters: { resource: 'csatSurvey', operation: 'submit', conversationUuid: UUID, rating: 1 },
		expect: {
			method: 'PATCH',
			path: PATH,
			body: { message: { submitted_values: { csat_survey_response: { rating: 1 } } } },
		},
		reply: { body: answered },
		output: [answered],
	},
];

describe('CSAT Survey', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('csatSurvey', cases);

	test('the HTML survey page of Chatwoot’s description is no operation here (docs/server-facts.md#csat-survey-json)', () => {
		expect(findOperation('GET', `/survey/responses/${UUID}`)).toBeUndefined();
	});

	test('a survey older than 14 days: Chatwoot’s refusal reaches the user', async () => {
		server.on(() => ({
			status: 422,
			body: { error: 'You cannot update the CSAT survey after 14 days' },
		}));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'csatSurvey',
				operation: 'submit',
				conversationUuid: UUID,
				rating: 5,
			},
		});
		expect(result.error?.message).toBe(
			'Invalid input (422): You cannot update the CSAT survey after 14 days',
		);
	});

	test('submit says its answer comes before the rating is recorded, in the node and in openapi/ (docs/server-facts.md#csat-submit-answer)', () => {
		const options = description.properties.find(
			(property) =>
				property.name === 'operation' &&
				(property.displayOptions?.show?.resource as string[])?.includes('csatSurvey'),
		)?.options as Array<{ value: string; description?: string }>;
		expect(options.find((option) => option.value === 'submit')?.description).toMatch(
			/before the rating is recorded.*Get the survey again/,
		);
		const patch = (
			spec.paths['/public/api/v1/csat_survey/{conversation_uuid}'] as Record<
				string,
				{
					description: string;
					responses: Record<
						string,
						{ content: Record<string, { example: { csat_survey_response: unknown } }> }
					>;
				}
			>
		).patch;
		expect(patch.description).toMatch(/background job/);
		expect(
			patch.responses['200'].content['application/json'].example.csat_survey_response,
		).toBeNull();
	});

	test('an older server that answers a list gives one item per survey message', async () => {
		server.on(() => ({ body: [survey] }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'csatSurvey', operation: 'get', conversationUuid: UUID },
		});
		expect(result.output).toEqual([survey]);
	});
});
