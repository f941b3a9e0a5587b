import { dispositionFileName } from '../../nodes/Chatwoot/helpers/download';

test.each([
	['inline; filename="invoice.pdf"', 'invoice.pdf'],
	['attachment; filename=report.csv', 'report.csv'],
	['attachment; filename="resume.pdf"; filename*=UTF-8\'\'r%C3%A9sum%C3%A9.pdf', 'résumé.pdf'],
	["inline; filename*=utf-8'en'photo%20of%20box.jpg", 'photo of box.jpg'],
	['inline; filename="say \\"hi\\".txt"', 'say "hi".txt'],
	['inline; filename="fallback.txt"; filename*=UTF-8\'\'%E0%A4%A', 'fallback.txt'],
	['inline', undefined],
	['', undefined],
])('Content-Disposition %j names the file %j', (header, name) => {
	expect(dispositionFileName(header)).toBe(name);
});
