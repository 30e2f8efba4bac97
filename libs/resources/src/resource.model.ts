import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@renkei/graphql';
import type { ResourceEntity } from './resource.entity.js';
import { DayOfWeek, ParticipationForm, ResourceTarget } from './resource-enums.js';

@ObjectType('ResourceSchedule', { description: 'A weekly opening (HSDS schedule): "HH:MM" in Japan time.' })
export class ResourceScheduleModel {
  @Field(() => DayOfWeek)
  dayOfWeek!: DayOfWeek;

  @Field()
  opensAt!: string;

  @Field()
  closesAt!: string;

  @Field(() => String, { nullable: true, description: 'e.g. 第2・第4週のみ.' })
  note!: string | null;
}

@ObjectType('Resource', {
  description:
    'A local resource of the municipality’s directory (社会資源), shaped after HSDS (organization, service, location, schedule folded into one listing). Not personal data: every user of the municipality may read it; ADMIN and COORDINATOR maintain it.',
})
export class ResourceModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'HSDS service.name.' })
  name!: string;

  @Field({ description: 'ふりがな, katakana or hiragana, as given.' })
  nameKana!: string;

  @Field({ description: 'HSDS organization.name (運営団体).' })
  organizationName!: string;

  @Field({ description: 'HSDS service.description.' })
  description!: string;

  @Field(() => [ResourceTarget], { description: '対象 (HSDS eligibility).' })
  targets!: ResourceTarget[];

  @Field(() => [ParticipationForm], { description: '参加の形.' })
  forms!: ParticipationForm[];

  @Field({ description: 'HSDS service_area: the 地区 (e.g. 中央地区).' })
  area!: string;

  @Field({ description: 'HSDS location address, one line.' })
  address!: string;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => [ResourceScheduleModel])
  schedules!: ResourceScheduleModel[];

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field({ description: 'HSDS service.fees (e.g. 無料, 1回300円).' })
  cost!: string;

  @Field({ description: 'HSDS accessibility_for_disabilities.' })
  accessibility!: string;

  @Field(() => [String], { description: 'ISO 639-1 codes (HSDS language), e.g. ja, en, vi.' })
  languages!: string[];

  @Field({ description: 'false while suspended (休止).' })
  active!: boolean;

  @Field(() => Int, { description: 'Pass it as expectedVersion to updateResource.' })
  version!: number;

  @Field()
  updatedAt!: Date;

  // The keyset of the directory order, for cursors; not served.
  kanaKey!: string;

  static from(entity: ResourceEntity): ResourceModel {
    return Object.assign(new ResourceModel(), {
      id: entity.id,
      name: entity.name,
      nameKana: entity.nameKana,
      organizationName: entity.organizationName,
      description: entity.description,
      targets: entity.targets,
      forms: entity.forms,
      area: entity.area,
      address: entity.address,
      latitude: entity.latitude,
      longitude: entity.longitude,
      schedules: entity.schedules.map((s) => Object.assign(new ResourceScheduleModel(), { ...s, note: s.note ?? null })),
      phone: entity.phone,
      email: entity.email,
      url: entity.url,
      cost: entity.cost,
      accessibility: entity.accessibility,
      languages: entity.languages,
      active: entity.active,
      version: entity.version,
      updatedAt: entity.updatedAt,
      kanaKey: entity.kanaKey,
    });
  }
}

export const ResourceConnection = ConnectionType(ResourceModel, 'Resource');
