import { formatShortDate, formatTime } from '@/lib/arabic/dates';
import { env } from '@/lib/env';

export function AdminDate({ date }: { date: Date }) {
  const zone = env().SITE_TIME_ZONE;
  return (
    <time dateTime={date.toISOString()}>
      {formatShortDate(date, zone)}، {formatTime(date, zone)}
    </time>
  );
}
