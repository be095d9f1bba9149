import {
  dayInWords,
  EMAIL_PREFERENCE_LABELS,
  type TDueAction,
  type TDueEmail,
  type TDueKpi,
} from '@belonging/domain';
import { heading, link, list, paragraph, type TBlock, type TEmailContent } from './layout.ts';
import type { TEmailLinks } from './links.ts';

type TOwnerEmail = Extract<TDueEmail, { kind: 'window_opened' | 'window_closing' | 'overdue' }>;

const actionLine = (a: TDueAction) => `${a.code} ${a.title}`;
const kpiLine = (k: TDueKpi) => `${k.code} ${k.title}`;

function whatIsDue(actions: readonly TDueAction[], kpis: readonly TDueKpi[]): TBlock[] {
  return [
    ...(actions.length > 0 ? [heading('Actions to update'), list(actions.map(actionLine))] : []),
    ...(kpis.length > 0
      ? [heading('KPIs you own: add their latest values'), list(kpis.map(kpiLine))]
      : []),
  ];
}

const inDays = (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`);

/** The owners' messages: the window is open, it closes soon, the update is overdue. */
export function ownerEmailContent(
  due: TOwnerEmail,
  trustName: string,
  links: TEmailLinks,
): TEmailContent {
  const { period } = due;
  const closes = dayInWords(period.windowCloses);
  const greeting = paragraph(`Dear ${due.recipient.name},`);
  const myActions = link('Open My actions', links.myActions);
  const footer = {
    reason: `You get this email because you own actions or KPIs in ${trustName}'s Belonging and Inclusion tracker and "${EMAIL_PREFERENCE_LABELS.emailReminders}" is ticked in your settings.`,
    settingsUrl: links.settings,
  };
  switch (due.kind) {
    case 'window_opened':
      return {
        subject: `${trustName}: ${period.label} updates are open until ${closes}`,
        heading: `Your ${period.label} updates are open`,
        blocks: [
          greeting,
          paragraph(
            `The update window for ${period.label} is open from ${dayInWords(period.windowOpens)} until ${closes}. Please give your progress update for each of these before it closes.`,
          ),
          ...whatIsDue(due.actions, due.kpis),
          myActions,
        ],
        ...footer,
      };
    case 'window_closing':
      return {
        subject: `${trustName}: ${period.label} updates close ${inDays(due.daysLeft)} (${closes})`,
        heading: `Reminder: ${period.label} updates close on ${closes}`,
        blocks: [
          greeting,
          paragraph(
            `The update window for ${period.label} closes ${inDays(due.daysLeft)}, on ${closes}. These actions still have no update for this period:`,
          ),
          ...whatIsDue(due.actions, []),
          myActions,
        ],
        ...footer,
      };
    case 'overdue':
      return {
        subject: `${trustName}: your ${period.label} update is overdue`,
        heading: `Your ${period.label} update is overdue`,
        blocks: [
          greeting,
          paragraph(
            `The update window for ${period.label} closed on ${closes}, ${due.daysOverdue} day${due.daysOverdue === 1 ? '' : 's'} ago. The board report shows these actions as missing an update until you give one:`,
          ),
          ...whatIsDue(due.actions, []),
          myActions,
        ],
        ...footer,
      };
  }
}
