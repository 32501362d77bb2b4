import { cn } from '@/lib/utils';

/**
 * What a form or dialog says after trying: a failure (role alert, read out at once) or a confirmation (role
 * status). Nothing when there is nothing to say.
 */
export function FormMessage({ error, notice, className }: { error?: string | null; notice?: string | null; className?: string }) {
  if (error)
    return (
      <p role="alert" className={cn('text-sm text-destructive', className)}>
        {error}
      </p>
    );
  if (notice)
    return (
      <p role="status" className={cn('text-sm', className)}>
        {notice}
      </p>
    );
  return null;
}
