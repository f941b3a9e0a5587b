const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);

/** Copies node and credential icons next to the compiled files, resolving only when every copy is done. */
function copyIcons() {
	const copy = (from, to) =>
		new Promise((resolve, reject) => {
			src(from, { encoding: false }).pipe(dest(to)).on('finish', resolve).on('error', reject);
		});
	return Promise.all([
		copy(path.resolve('nodes', '**', '*.{png,svg}'), path.resolve('dist', 'nodes')),
		copy(path.resolve('credentials', '**', '*.{png,svg}'), path.resolve('dist', 'credentials')),
	]);
}
