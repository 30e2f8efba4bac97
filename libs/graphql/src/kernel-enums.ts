import { registerEnumType } from '@nestjs/graphql';
import { ConsentMethod, DataCategory, Purpose, Role, Sector, VisibilityBasis } from '@renkei/kernel';

// The domain's enums, registered once under the contract's names.
registerEnumType(Sector, { name: 'Sector', description: 'The field an agency works in.' });
registerEnumType(Role, { name: 'Role', description: 'What a user may do in the platform.' });
registerEnumType(DataCategory, { name: 'DataCategory', description: 'A kind of information about a person; consent is given per category.' });
registerEnumType(ConsentMethod, { name: 'ConsentMethod', description: 'How the person gave consent.' });
registerEnumType(Purpose, { name: 'Purpose', description: 'What shared information may be used for.' });
registerEnumType(VisibilityBasis, { name: 'VisibilityBasis', description: 'Why a section of another agency’s data is visible (提供の根拠).' });
