// The English starter library. Public replies do not start with the customer's @handle:
// X addresses a reply by itself, and those handles do not count towards the 280.
import type { StarterTexts } from './catalogue';

export const en: StarterTexts = {
  'crisis-holding': {
    title: 'Crisis: first holding statement',
    body: "We know something has gone wrong and that it's affecting many of you. We're sorry. Our team is working on it right now, and we'll post updates here as soon as we know more. Thank you for your patience.",
  },
  'crisis-update': {
    title: 'Crisis: update, still working on it',
    body: "Update: we're still working on the problem, and we haven't forgotten anyone affected. We'll keep posting here as things move. If you need help with something specific, please send us a DM.",
  },
  'crisis-reply': {
    title: 'Crisis: reply to someone affected, move to DM',
    body: "Hi {{customer.name}}, we're so sorry this is affecting you. We know about the problem and are working to fix it. So we can look at your situation, please DM us with case {{case.id}}: {{dm.link}} – {{agent.name}}",
  },
  'crisis-safety': {
    title: "Safety: one person's device or health at risk",
    body: "Hi {{customer.name}}, please stop using and charging it now and keep it away from anything that can burn. If anyone is hurt, call emergency services first. Then send us a DM and we'll take care of it. – {{agent.name}}",
  },
  'crisis-dm': {
    title: 'Crisis: opening DM',
    body: "Hi {{customer.name}}, this is {{agent.name}} from the {{brand.name}} team, about case {{case.id}}. I'm sorry you've been affected by this. Could you tell me what has happened on your side and how it affects you? I'll keep you updated personally until it's sorted.\n\nPlease don't send passwords or full card numbers here.",
  },
  'complaint-reply': {
    title: 'Complaint: apologise, own it, move to DM',
    body: "Hi {{customer.name}}, we're really sorry. That's not the experience you should have had, and we want to put it right. Please DM us with case {{case.id}} and a few details: {{dm.link}} – {{agent.name}}",
  },
  'complaint-acknowledge': {
    title: 'Complaint: own it, next step (no DM)',
    body: "You're right, {{customer.name}}, and we're sorry: that shouldn't have happened. We've passed this to the team responsible, and we'll come back to you here {{sla.promise}} with what happens next. – {{agent.name}}",
  },
  'complaint-holding': {
    title: 'Holding reply: looking into it',
    body: "Thanks for your patience, {{customer.name}}. We're looking into this now and will get back to you {{sla.promise}}. – {{agent.name}}",
  },
  'complaint-dm': {
    title: 'Complaint: opening DM',
    body: "Hi {{customer.name}}, {{agent.name}} from {{brand.name}} here, about case {{case.id}}. Thanks for getting in touch, and I'm sorry for the trouble. So we can put this right, could you tell me what happened and when, and share your order or account reference if you have one?\n\nPlease don't send passwords or full card numbers here.",
  },
  'question-reply': {
    title: 'Question: check the details in DM',
    body: 'Hi {{customer.name}}, happy to help with that! To check the details for you, please DM us with case {{case.id}}: {{dm.link}} – {{agent.name}}',
  },
  'question-followup': {
    title: 'Question: follow-up after answering',
    body: "Did that answer your question, {{customer.name}}? If anything is still unclear, just reply here and we'll help. – {{agent.name}}",
  },
  'question-dm': {
    title: 'Question: opening DM',
    body: "Hi {{customer.name}}, this is {{agent.name}} from {{brand.name}}, about case {{case.id}}. Thanks for your question! Could you tell me a little more about what you'd like to know, and share the order or account reference it's about, if there is one? I'll find the answer for you.",
  },
  'resolved-followup': {
    title: 'Follow-up: after the problem was solved',
    body: "Hi {{customer.name}}, just checking in: is everything working as it should now? If not, reply here and we'll pick it up straight away. – {{agent.name}}",
  },
  'praise-thanks': {
    title: 'Praise: thank you',
    body: "Thank you so much, {{customer.name}}! That's lovely to hear, and it made our day. – {{agent.name}}",
  },
  'praise-share': {
    title: 'Praise: pass it on to the team',
    body: "Thanks for the kind words, {{customer.name}}! We'll make sure the team sees this: it means a lot to them. – {{agent.name}}",
  },
  'troll-calm': {
    title: 'Troll: one calm line, only if a real issue is in there (default: no reply)',
    body: "If something isn't working for you, we're glad to help: send us the details in a DM.",
  },
  'other-reply': {
    title: 'General: thanks for the mention',
    body: 'Thanks for the mention, {{customer.name}}! Is there anything we can help you with? – {{agent.name}}',
  },
  'other-handoff': {
    title: 'General: continue in DM',
    body: "Hi {{customer.name}}, we'd be glad to help. Please DM us with case {{case.id}} so we can look into it: {{dm.link}} – {{agent.name}}",
  },
  'other-dm': {
    title: 'General: opening DM',
    body: 'Hi {{customer.name}}, this is {{agent.name}} from {{brand.name}}, about case {{case.id}}. Thanks for getting in touch! How can I help?\n\nPlease don\'t send passwords or full card numbers here.',
  },
};
