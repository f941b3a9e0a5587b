// n8n-workflow (a development dependency here) needs isolated-vm ^7 for n8n's "vm" expression
// engine, a native module built for Node 24 only. The tests evaluate expressions with n8n's default
// legacy engine, which never loads it. package.json's devDependencies name this folder as
// isolated-vm, with the version n8n-workflow asks for, so that npm uses it instead of the real
// module and `npm ci` on Node 20 neither warns about an engine nor fetches a binary that nothing
// here runs. (n8n's package scan forbids `overrides`, which would say the same more directly.)
throw new Error(
	'isolated-vm is not installed in this project (see test/stubs/isolated-vm): only the legacy expression engine is available',
);
