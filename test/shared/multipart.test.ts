import { binaryPropertyNames, multipartBody } from '../../nodes/Chatwoot/helpers/multipart';

test('fields and files become multipart parts, byte for byte', () => {
	const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
	const body = multipartBody(
		{
			content: 'Invoice attached',
			private: false,
			content_attributes: { a: 1 },
			skipped: undefined,
			cc: ['a@x.test', 'b@x.test'],
		},
		[
			{
				field: 'attachments[]',
				fileName: 'invoice.pdf',
				mimeType: 'application/pdf',
				data: Buffer.from('%PDF-1.4'),
			},
			{ field: 'attachments[]', fileName: 'logo "v2".png', mimeType: 'image/png', data: png },
		],
		'XyZ',
	);
	const expected = Buffer.concat([
		Buffer.from(
			'--XyZ\r\nContent-Disposition: form-data; name="content"\r\n\r\nInvoice attached\r\n' +
				'--XyZ\r\nContent-Disposition: form-data; name="private"\r\n\r\nfalse\r\n' +
				'--XyZ\r\nContent-Disposition: form-data; name="content_attributes"\r\n\r\n{"a":1}\r\n' +
				'--XyZ\r\nContent-Disposition: form-data; name="cc[]"\r\n\r\na@x.test\r\n' +
				'--XyZ\r\nContent-Disposition: form-data; name="cc[]"\r\n\r\nb@x.test\r\n' +
				'--XyZ\r\nContent-Disposition: form-data; name="attachments[]"; filename="invoice.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n' +
				'--XyZ\r\nContent-Disposition: form-data; name="attachments[]"; filename="logo %22v2%22.png"\r\nContent-Type: image/png\r\n\r\n',
		),
		png,
		Buffer.from('\r\n--XyZ--\r\n'),
	]);
	expect(body.equals(expected)).toBe(true);
});

test('binary property names: comma-separated text or a list from an expression, blanks dropped', () => {
	expect(binaryPropertyNames(' data, invoice ,,')).toEqual(['data', 'invoice']);
	expect(binaryPropertyNames(['data', ' photo ', ''])).toEqual(['data', 'photo']);
	expect(binaryPropertyNames('')).toEqual([]);
	expect(binaryPropertyNames(undefined)).toEqual([]);
});
