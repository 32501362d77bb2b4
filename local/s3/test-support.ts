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
