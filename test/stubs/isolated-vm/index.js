// n8n-workflow (a development dependency here) lists isolated-vm for n8n's "vm" expression engine,
// a native module built for Node 24 only. The tests evaluate expressions with n8n's default legacy
// engine, which never loads it. package.json names this folder as isolated-vm and its `overrides`
// put it in the real one's place, so that `npm ci` on Node 20 neither warns about an engine nor
// fetches a binary that nothing here runs.
throw new Error(
	'isolated-vm is not installed in this project (see package.json overrides): only the legacy expression engine is available',
);
