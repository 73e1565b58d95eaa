/** Rule `unit-kind`: department | township | collective | other, from the shape of the name. */
import type { UnitKind } from "../schema";

const COLLECTIVE = /^(各|有关|相关|全[区县市省]|[区县市省]直|其他|其它|所属)|成员单位$|各成员|有关单位$|有关部门$|[区县市省]直.*单位$/;
const TOWNSHIP = /(?:[镇乡](?:人民政府|政府|党委)?|街道(?:办事处|办|党工委)?)$/;
const COMPANY = /(公司|集团|企业|银行|农商行|合作社|厂)$/;
const DEPARTMENT =
  /(局|委|办|办公室|部|中心|委员会|管委会|分局|院|所|站|队|馆|会|联|团|区委|县委|市委|支行|分行|监管组|监管局|组|处|科|厅|署|台|校|学校|社|法院|检察院|武装部|分公司)$/;

export function classifyUnit(name: string): UnitKind {
  if (COLLECTIVE.test(name)) return "collective";
  if (TOWNSHIP.test(name)) return "township";
  if (COMPANY.test(name)) return "other";
  if (DEPARTMENT.test(name)) return "department";
  return "other";
}
