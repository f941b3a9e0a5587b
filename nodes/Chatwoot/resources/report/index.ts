import type { INodeProperties } from 'n8n-workflow';

import { resourceOption } from '../../fields';
import type { ResourceDescription } from '../types';
import { optionFields, RESOURCE, subjectFields } from './fields';
import * as downloadAgentsReportOperation from './downloadAgentsReport.operation';
import * as downloadConversationTrafficOperation from './downloadConversationTraffic.operation';
import * as downloadConversationsSummaryOperation from './downloadConversationsSummary.operation';
import * as downloadInboxesReportOperation from './downloadInboxesReport.operation';
import * as downloadLabelsReportOperation from './downloadLabelsReport.operation';
import * as downloadTeamsReportOperation from './downloadTeamsReport.operation';
import * as getAgentSummaryOperation from './getAgentSummary.operation';
import * as getBotMetricsOperation from './getBotMetrics.operation';
import * as getBotSummaryOperation from './getBotSummary.operation';
import * as getChannelSummaryOperation from './getChannelSummary.operation';
import * as getConversationMetricsOperation from './getConversationMetrics.operation';
import * as getFirstResponseTimeDistributionOperation from './getFirstResponseTimeDistribution.operation';
import * as getInboxLabelMatrixOperation from './getInboxLabelMatrix.operation';
import * as getInboxSummaryOperation from './getInboxSummary.operation';
import * as getLabelSummaryOperation from './getLabelSummary.operation';
import * as getLiveConversationCountsOperation from './getLiveConversationCounts.operation';
import * as getLiveConversationCountsByGroupOperation from './getLiveConversationCountsByGroup.operation';
import * as getMetricsOperation from './getMetrics.operation';
import * as getOutgoingMessagesCountOperation from './getOutgoingMessagesCount.operation';
import * as getSummaryOperation from './getSummary.operation';
import * as getTeamSummaryOperation from './getTeamSummary.operation';

export const reportOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		downloadAgentsReportOperation.option,
		downloadConversationTrafficOperation.option,
		downloadConversationsSummaryOperation.option,
		downloadInboxesReportOperation.option,
		downloadLabelsReportOperation.option,
		downloadTeamsReportOperation.option,
		getAgentSummaryOperation.option,
		getBotMetricsOperation.option,
		getBotSummaryOperation.option,
		getChannelSummaryOperation.option,
		getConversationMetricsOperation.option,
		getFirstResponseTimeDistributionOperation.option,
		getInboxLabelMatrixOperation.option,
		getInboxSummaryOperation.option,
		getLabelSummaryOperation.option,
		getLiveConversationCountsOperation.option,
		getLiveConversationCountsByGroupOperation.option,
		getMetricsOperation.option,
		getOutgoingMessagesCountOperation.option,
		getSummaryOperation.option,
		getTeamSummaryOperation.option,
	],
	default: 'getSummary',
};

export const reportFields: INodeProperties[] = [
	...getMetricsOperation.fields,
	...subjectFields,
	...getConversationMetricsOperation.fields,
	...getOutgoingMessagesCountOperation.fields,
	...getLiveConversationCountsByGroupOperation.fields,
	...optionFields,
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Report',
		'report',
		'Conversation statistics of the account, its agents, inboxes, labels and teams',
	),
	operations: reportOperations,
	fields: reportFields,
};
