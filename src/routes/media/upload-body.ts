/** Reads an upload to /v1/admin/media: a raw image body, or multipart/form-data with `file`. */
import type { z } from '@hono/zod-openapi';
import { fieldErrors } from '../../app/field-errors';
import { Problem, invalidInput } from '../../app/problem';
import { IMAGE_TYPES, normalizeImageType } from '../../content/image-sniff';
import { readBoundedBody, tooLarge } from '../../middleware/json-body';
import { MediaFieldsSchema } from '../../schemas/media';

/** Largest image accepted: 10 MiB. */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;
/** Room for the multipart envelope (boundaries, part headers, the text fields) around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface Upload {
  bytes: Uint8Array;
  /** The type the client declared, or null when it declared none (a generic multipart part). */
  declared: string | null;
  fields: z.infer<typeof MediaFieldsSchema>;
}

/** 415: the bytes (or the declared type) are not an image we take. */
export function unsupportedMediaType(detail: string): Problem {
  return new Problem({ status: 415, type: 'unsupported-media-type', title: 'Unsupported media type', detail });
}

function parseFields(input: Record<string, string | undefined>): Upload['fields'] {
  const present = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const parsed = MediaFieldsSchema.safeParse(present);
  if (!parsed.success) throw invalidInput(fieldErrors(parsed.error), 422);
  return parsed.data;
}

/**
 * The file, its declared type and its text fields. A raw body must declare an image type and is
 * checked (413, 415, 422) before a byte of it is read; a multipart body is read within 10 MiB plus
 * its envelope. Neither is ever held beyond the limit.
 */
export async function readUpload(request: Request, query: Record<string, string | undefined>): Promise<Upload> {
  const contentType = request.headers.get('Content-Type') ?? '';
  if (/^multipart\/form-data/i.test(contentType)) return readMultipart(request, contentType);

  if (Number(request.headers.get('Content-Length') ?? '0') > MAX_MEDIA_BYTES) throw tooLarge(MAX_MEDIA_BYTES);
  const declared = normalizeImageType(contentType);
  if (!(IMAGE_TYPES as readonly string[]).includes(declared)) {
    throw unsupportedMediaType(`Send the image with its own Content-Type (${IMAGE_TYPES.join(', ')}) or as multipart/form-data; got "${contentType}".`);
  }
  const fields = parseFields(query);
  return { bytes: await readBoundedBody(request, MAX_MEDIA_BYTES), declared, fields };
}

async function readMultipart(request: Request, contentType: string): Promise<Upload> {
  const raw = await readBoundedBody(request, MAX_MEDIA_BYTES + MULTIPART_OVERHEAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    throw invalidInput([{ path: 'file', message: 'The multipart/form-data body could not be read.' }], 422);
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const fields = parseFields({ alt: text('alt'), caption: text('caption'), credit: text('credit') });
  const file = form.get('file');
  if (file === null || typeof file === 'string') throw invalidInput([{ path: 'file', message: 'Send the image as the form field "file".' }], 422);
  if (file.size > MAX_MEDIA_BYTES) throw tooLarge(MAX_MEDIA_BYTES);
  // curl and browsers label a part by its file name's extension, or not at all; a generic label
  // leaves the decision to the bytes, and any other label must agree with them.
  const declared = normalizeImageType(file.type);
  return { bytes: new Uint8Array(await file.arrayBuffer()), declared: declared === '' || declared === 'application/octet-stream' ? null : declared, fields };
}
