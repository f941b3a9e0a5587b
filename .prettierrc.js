// One formatter for the project, with the settings of n8n's node starter; test scripts (.mjs),
// JSON and YAML keep the two-space indentation they were written with.
module.exports = {
	semi: true,
	trailingComma: 'all',
	bracketSpacing: true,
	useTabs: true,
	tabWidth: 2,
	arrowParens: 'always',
	singleQuote: true,
	quoteProps: 'as-needed',
	endOfLine: 'lf',
	printWidth: 100,
	overrides: [{ files: ['*.mjs', '*.json', '*.yml', '*.yaml'], options: { useTabs: false } }],
};
