import { BackLink, SummaryList } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { emailFrameDocument } from './email-frame.ts';
import { whenOf } from './emails-table.tsx';
import { useTRPC } from '@belonging/client';

/** One email as it was written: who it went to, what became of it, its HTML and its plain text. */
export function EmailPage() {
  const { emailId = '' } = useParams();
  const trpc = useTRPC();
  const email = useQuery(trpc.admin.email.message.queryOptions({ id: emailId }));
  usePageTitle(email.data ? `Email: ${email.data.subject}` : 'Email');
  return (
    <>
      <BackLink href="/emails" text="Back to the emails" Link={RouterLink} />
      {email.isPending || email.isError ? (
        <QueryState error={email.error} what="the email" />
      ) : (
        <>
          <h1 className="bt-break">{email.data.subject}</h1>
          <SummaryList
            rows={[
              {
                key: 'To',
                value: email.data.recipientName
                  ? `${email.data.recipientName} (${email.data.toAddress})`
                  : email.data.toAddress,
              },
              { key: 'Kind', value: email.data.kindWords },
              { key: 'Status', value: email.data.statusWords },
              { key: 'When', value: whenOf(email.data) },
              { key: 'Attempts', value: String(email.data.attempts) },
              ...(email.data.lastError
                ? [{ key: 'Why it failed', value: email.data.lastError }]
                : []),
            ]}
          />
          <h2>As it looks in an inbox</h2>
          {/* Shown, never run: an opaque origin, and a policy inside that runs no script. */}
          <iframe
            className="bt-email-frame"
            title={`The email “${email.data.subject}” as sent`}
            sandbox="allow-scripts"
            srcDoc={emailFrameDocument(email.data.htmlBody)}
          />
          <h2>Plain text</h2>
          <pre className="bt-email-text">{email.data.textBody}</pre>
        </>
      )}
    </>
  );
}
