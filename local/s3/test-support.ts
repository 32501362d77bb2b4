import { S3ServiceException } from '@aws-sdk/client-s3';

/** The S3 error a request was refused with; fails the test when it succeeds or fails some other way. */
export async function s3ErrorOf(p: Promise<unknown>): Promise<S3ServiceException> {
  try {
    await p;
  } catch (err) {
    if (err instanceof S3ServiceException) return err;
    throw err;
  }
  throw new Error('expected the request to be refused');
}

/**
 * A refusal S3 answers with its XML error document (every refusal but a HEAD's, which has no body): the SDK names
 * the error from the document's Code and copies its fields, RequestId among them, onto the exception.
 */
export async function s3RefusalOf(p: Promise<unknown>): Promise<S3ServiceException> {
  const err = await s3ErrorOf(p);
  const fields = err as S3ServiceException & { Code?: string; RequestId?: string };
  if (fields.Code !== err.name || !fields.RequestId) throw new Error(`${err.name} did not come as an S3 XML error document (Code ${fields.Code}, RequestId ${fields.RequestId})`);
  return err;
}
