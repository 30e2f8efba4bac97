import { Identity1795335954917 } from './1795335954917-Identity.js';
import { CasesConsentSummariesAudit1795337107683 } from './1795337107683-CasesConsentSummariesAudit.js';
import { Tasks1795338359787 } from './1795338359787-Tasks.js';
import { Conferences1795339341574 } from './1795339341574-Conferences.js';
import { ConferenceOutbox1795341879853 } from './1795341879853-ConferenceOutbox.js';
import { OneDoor1795400000000 } from './1795400000000-OneDoor.js';
import { Assessments1796000000000 } from './1796000000000-Assessments.js';
import { SupportPlans1796000000001 } from './1796000000001-SupportPlans.js';
import { EmergencyAccess1797000000000 } from './1797000000000-EmergencyAccess.js';
import { ConferenceRequests1797000000001 } from './1797000000001-ConferenceRequests.js';
import { DisclosureWithholdings1797000000002 } from './1797000000002-DisclosureWithholdings.js';
import { Resources1797100000000 } from './1797100000000-Resources.js';
import { ParticipationCategory1797200000000 } from './1797200000000-ParticipationCategory.js';
import { Referrals1797200000001 } from './1797200000001-Referrals.js';
import { HostSupport1797200000002 } from './1797200000002-HostSupport.js';
import { CommunityActivities1797200000003 } from './1797200000003-CommunityActivities.js';
import { Retention1797300000000 } from './1797300000000-Retention.js';
import { AuditCheckpoints1797300000001 } from './1797300000001-AuditCheckpoints.js';
import { Indicators1797400000000 } from './1797400000000-Indicators.js';
import { AuditSequencer1797500000000 } from './1797500000000-AuditSequencer.js';
import { AuditLinkCost1797600000000 } from './1797600000000-AuditLinkCost.js';
import { AuditInbox1797700000000 } from './1797700000000-AuditInbox.js';
import { AuditAppendShared1797800000000 } from './1797800000000-AuditAppendShared.js';

/**
 * Every migration, oldest first. Generate one with `npm run migration:generate` (README),
 * read it, commit it; never edit one that has shipped.
 */
export const MIGRATIONS = [Identity1795335954917, CasesConsentSummariesAudit1795337107683, Tasks1795338359787, Conferences1795339341574, ConferenceOutbox1795341879853, OneDoor1795400000000, Assessments1796000000000, SupportPlans1796000000001, EmergencyAccess1797000000000, ConferenceRequests1797000000001, DisclosureWithholdings1797000000002, Resources1797100000000, ParticipationCategory1797200000000, Referrals1797200000001, HostSupport1797200000002, CommunityActivities1797200000003, Retention1797300000000, AuditCheckpoints1797300000001, Indicators1797400000000, AuditSequencer1797500000000, AuditLinkCost1797600000000, AuditInbox1797700000000, AuditAppendShared1797800000000];
