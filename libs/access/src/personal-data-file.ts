import { ObjectType } from '@nestjs/graphql';
import { DownloadFile } from '@renkei/graphql';
import { HoldsPersonalData } from './personal-data.js';

/**
 * A file that carries a person's data (a 会議録, a 提供記録, a list of cases): the same shape as
 * DownloadFile, but a type of its own so that the one door's register holds it, and every query
 * that returns one must be registered `@ThroughTheDoor`, like the reads whose data it prints.
 */
@HoldsPersonalData()
@ObjectType({ description: 'A file to save that carries a person’s data: its name, media type and bytes as base64.' })
export class PersonalDataFile extends DownloadFile {}
