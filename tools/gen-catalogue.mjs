// Writes a realistic large catalogue (the sample's format, `procedure-guide/1.1`) for the
// tests and the benchmark (issue 6): Vietnamese procedure names built from the vocabulary
// of real procedures (verb + object + qualifier, per field), English names, keywords,
// codes shaped like the national ones (`1.00xxxx`, `2.00xxxx`, `3.00xxxx`), the sample's
// 171 agencies (168 wards and communes, 3 departments), and the sample's 13 real
// procedures included unchanged. The 1.1 fields as real catalogues use them (issue 13):
// every online channel named (`label`) and needing VNeID level 2 (`account`), some
// procedures with two online channels (portal and app), the kinds of service Directive
// 24/CT-TTg made online only (`online_only`, no post), legal deadlines counted in days,
// working days or months (`deadline`), and editors' notes (`editor_note`).
// Deterministic: the same flags give the same bytes.
//
// Usage: node tools/gen-catalogue.mjs --count 10000 [--out DIR] [--layout inline|index] [--seed 6]
//   inline: DIR/catalogue.json holds every procedure in full.
//   index:  DIR/catalogue.json is the index (CATALOGUE.md "Large catalogues"), each entry
//           with `href: "procedures/<id>.json"`, and DIR/procedures/<id>.json the detail.
// As a module: generate({ count, layout, seed }) -> { catalogue, details: Map<id, procedure> }.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLE = new URL('../www/catalogue.json', import.meta.url);

/** mulberry32: a small seeded generator, so every run writes the same catalogue. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Verbs of real procedure names (Cổng Dịch vụ công quốc gia), Vietnamese and English.
const V = {
  cap: ['Cấp', 'Issuing'],
  capLai: ['Cấp lại', 'Re-issuing'],
  capDoi: ['Cấp đổi', 'Replacing'],
  giaHan: ['Gia hạn', 'Extending'],
  dieuChinh: ['Điều chỉnh', 'Amending'],
  thuHoi: ['Thu hồi', 'Revoking'],
  dangKy: ['Đăng ký', 'Registering'],
  dangKyLai: ['Đăng ký lại', 'Re-registering'],
  dangKyThayDoi: ['Đăng ký thay đổi', 'Registering changes to'],
  thongBao: ['Thông báo', 'Notifying'],
  xacNhan: ['Xác nhận', 'Confirming'],
  congNhan: ['Công nhận', 'Recognising'],
  thamDinh: ['Thẩm định', 'Appraising'],
  pheDuyet: ['Phê duyệt', 'Approving'],
  chungThuc: ['Chứng thực', 'Certifying'],
  giaiQuyet: ['Giải quyết', 'Settling'],
  tamNgung: ['Tạm ngừng', 'Suspending'],
  chamDut: ['Chấm dứt', 'Terminating'],
};

// Fields (lĩnh vực): id, names, level, and objects [vi, en, verbs, keywords].
const FIELDS = [
  ['ho-tich', null, 'commune', [
    ['khai sinh có yếu tố nước ngoài', 'birth with a foreign element', ['dangKy', 'dangKyLai'], ['khai sinh nước ngoài']],
    ['kết hôn có yếu tố nước ngoài', 'marriage with a foreign element', ['dangKy', 'dangKyLai'], ['lấy chồng nước ngoài', 'kết hôn với người nước ngoài']],
    ['khai tử có yếu tố nước ngoài', 'death with a foreign element', ['dangKy', 'dangKyLai'], []],
    ['nhận cha, mẹ, con', 'acknowledgement of parentage', ['dangKy'], ['nhận con', 'nhận cha con']],
    ['giám hộ', 'guardianship', ['dangKy', 'chamDut', 'dangKyThayDoi'], ['người giám hộ']],
    ['thay đổi, cải chính, bổ sung thông tin hộ tịch', 'change or correction of civil-status details', ['dangKy'], ['sửa tên', 'đổi tên', 'cải chính hộ tịch']],
    ['việc nuôi con nuôi trong nước', 'domestic adoption', ['dangKy', 'dangKyLai'], ['con nuôi', 'xin con nuôi']],
    ['giám sát việc giám hộ', 'supervision of guardianship', ['dangKy', 'chamDut'], []],
  ]],
  ['ly-lich-tu-phap', null, 'province', [
    ['Phiếu lý lịch tư pháp số 1 cho người nước ngoài', 'criminal-record certificate no. 1 for foreigners', ['cap', 'capLai'], ['lý lịch tư pháp', 'LLTP', 'giấy xác nhận không tiền án']],
    ['Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'criminal-record certificate for prosecuting bodies', ['cap'], ['LLTP']],
  ]],
  ['cu-tru', null, 'commune', [
    ['lưu trú', 'stay', ['thongBao'], ['khai báo lưu trú', 'báo tạm vắng']],
    ['tạm vắng', 'temporary absence', ['thongBao', 'dangKy'], ['khai báo tạm vắng']],
    ['thông tin về cư trú', 'residence information', ['xacNhan'], ['giấy xác nhận cư trú', 'CT07']],
    ['đăng ký thường trú', 'permanent residence registration', ['thuHoi'], ['xóa thường trú', 'hộ khẩu']],
    ['thông tin về hộ gia đình trong Cơ sở dữ liệu về cư trú', 'household details in the residence database', ['dieuChinh'], ['tách hộ', 'chủ hộ']],
  ]],
  ['chung-thuc', null, 'commune', [
    ['chữ ký trong giấy tờ, văn bản', 'a signature on a paper or document', ['chungThuc'], ['công chứng chữ ký', 'chứng thực chữ ký']],
    ['hợp đồng, giao dịch liên quan đến tài sản là động sản', 'a contract or transaction on movable property', ['chungThuc'], ['hợp đồng mua bán xe', 'công chứng hợp đồng']],
    ['văn bản thỏa thuận phân chia di sản', 'an agreement dividing an estate', ['chungThuc'], ['chia thừa kế', 'di sản']],
    ['di chúc', 'a will', ['chungThuc'], ['làm di chúc']],
    ['bản sao từ bản chính giấy tờ do cơ quan nước ngoài cấp', 'copies of papers issued abroad', ['chungThuc'], ['sao y', 'công chứng bản sao']],
  ]],
  ['ho-kinh-doanh', null, 'commune', [
    ['hộ kinh doanh', 'a business household', ['dangKyThayDoi', 'tamNgung', 'chamDut'], ['giấy phép kinh doanh', 'mở quán', 'kinh doanh cá thể']],
    ['Giấy chứng nhận đăng ký hộ kinh doanh', 'the business household registration certificate', ['capLai', 'thuHoi'], ['giấy phép kinh doanh hộ cá thể']],
    ['địa điểm kinh doanh của hộ kinh doanh', 'a business household\'s place of business', ['dangKy', 'thongBao'], []],
  ]],
  ['xay-dung', null, 'commune', [
    ['giấy phép xây dựng sửa chữa, cải tạo công trình', 'construction permit for repairing or renovating works', ['cap', 'dieuChinh', 'giaHan', 'capLai'], ['xin phép sửa nhà', 'phép xây dựng']],
    ['giấy phép di dời công trình', 'permit to relocate works', ['cap'], ['dời nhà']],
    ['giấy phép xây dựng có thời hạn', 'time-limited construction permit', ['cap', 'giaHan'], ['xây nhà tạm']],
    ['chứng chỉ hành nghề hoạt động xây dựng', 'construction practising certificate', ['cap', 'capLai', 'dieuChinh', 'thuHoi'], ['chứng chỉ hành nghề xây dựng', 'CCHN']],
    ['chứng chỉ năng lực hoạt động xây dựng', 'construction capacity certificate', ['cap', 'capLai', 'dieuChinh', 'thuHoi'], ['chứng chỉ năng lực']],
    ['thiết kế xây dựng triển khai sau thiết kế cơ sở', 'construction design after the basic design', ['thamDinh', 'pheDuyet'], ['thẩm định thiết kế']],
    ['báo cáo nghiên cứu khả thi đầu tư xây dựng', 'feasibility study for construction investment', ['thamDinh'], []],
  ]],
  ['dat-dai', ['Đất đai', 'Land'], 'commune', [
    ['quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu', 'first land-use and ownership rights', ['dangKy', 'cap'], ['sổ đỏ', 'sổ hồng', 'làm sổ đỏ']],
    ['biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'changes to land-use and ownership rights', ['dangKy'], ['sang tên sổ đỏ', 'tách thửa', 'chuyển nhượng đất']],
    ['Giấy chứng nhận quyền sử dụng đất bị mất', 'a lost land-use right certificate', ['capLai'], ['mất sổ đỏ']],
    ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở', 'the land-use and house ownership certificate', ['capDoi', 'dieuChinh', 'thuHoi'], ['đổi sổ đỏ', 'sổ hồng']],
    ['mục đích sử dụng đất', 'land-use purpose', ['dieuChinh'], ['chuyển mục đích sử dụng đất', 'lên thổ cư']],
    ['thời hạn sử dụng đất', 'land-use term', ['giaHan', 'dieuChinh'], []],
    ['tranh chấp đất đai', 'a land dispute', ['giaiQuyet'], ['hòa giải đất đai']],
  ]],
  ['giao-thong', ['Đường bộ', 'Road transport'], 'province', [
    ['giấy phép lái xe', 'driving licence', ['capDoi', 'capLai', 'cap'], ['bằng lái', 'đổi bằng lái xe', 'GPLX']],
    ['phù hiệu xe ô tô kinh doanh vận tải', 'badge for commercial transport vehicles', ['cap', 'capLai'], ['phù hiệu xe']],
    ['giấy phép kinh doanh vận tải bằng xe ô tô', 'road transport business licence', ['cap', 'capLai', 'thuHoi'], ['giấy phép vận tải']],
    ['giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn', 'permit for overweight or oversize vehicles', ['cap'], ['xe quá khổ']],
    ['xe máy chuyên dùng', 'special-purpose machinery', ['dangKy', 'dangKyLai', 'thuHoi'], []],
  ]],
  ['lao-dong', ['Lao động', 'Labour'], 'province', [
    ['giấy phép lao động cho người nước ngoài làm việc tại Việt Nam', 'work permit for foreigners working in Viet Nam', ['cap', 'capLai', 'giaHan', 'thuHoi'], ['work permit', 'giấy phép lao động']],
    ['nội quy lao động của doanh nghiệp', 'a company\'s work rules', ['dangKy'], ['nội quy lao động']],
    ['thỏa ước lao động tập thể', 'a collective labour agreement', ['dangKy', 'thongBao'], []],
    ['giấy phép hoạt động cho thuê lại lao động', 'labour sub-leasing licence', ['cap', 'capLai', 'giaHan', 'thuHoi'], []],
  ]],
  ['viec-lam', ['Việc làm', 'Employment'], 'province', [
    ['trợ cấp thất nghiệp', 'unemployment benefit', ['giaiQuyet', 'tamNgung', 'chamDut'], ['bảo hiểm thất nghiệp', 'BHTN']],
    ['giấy phép hoạt động dịch vụ việc làm', 'employment services licence', ['cap', 'capLai', 'giaHan', 'thuHoi'], []],
  ]],
  ['bao-tro-xa-hoi', ['Bảo trợ xã hội', 'Social protection'], 'commune', [
    ['trợ cấp xã hội hằng tháng', 'monthly social allowance', ['giaiQuyet', 'dieuChinh', 'thuHoi'], ['trợ cấp người già', 'tiền hỗ trợ']],
    ['hộ nghèo, hộ cận nghèo', 'poor and near-poor households', ['congNhan', 'xacNhan'], ['sổ hộ nghèo', 'giấy chứng nhận hộ nghèo']],
    ['mức độ khuyết tật', 'degree of disability', ['xacNhan', 'dieuChinh'], ['giấy xác nhận khuyết tật']],
    ['hỗ trợ chi phí mai táng', 'funeral cost support', ['giaiQuyet'], ['tiền mai táng']],
  ]],
  ['giao-duc', ['Giáo dục và đào tạo', 'Education and training'], 'province', [
    ['văn bằng, chứng chỉ', 'diplomas and certificates', ['chungThuc', 'capLai', 'dieuChinh'], ['bằng tốt nghiệp', 'sao văn bằng']],
    ['giấy phép hoạt động giáo dục của cơ sở giáo dục mầm non', 'operating licence for a preschool', ['cap', 'capLai', 'thuHoi'], ['mở trường mầm non', 'nhóm trẻ']],
    ['giấy chứng nhận đăng ký hoạt động dạy thêm, học thêm', 'registration of extra tutoring', ['cap', 'giaHan', 'thuHoi'], ['dạy thêm']],
    ['trường trung học cơ sở đạt chuẩn quốc gia', 'national-standard lower secondary school', ['congNhan'], []],
  ]],
  ['y-te', ['Khám bệnh, chữa bệnh', 'Medical examination and treatment'], 'province', [
    ['giấy phép hành nghề khám bệnh, chữa bệnh', 'medical practising licence', ['cap', 'capLai', 'giaHan', 'dieuChinh', 'thuHoi'], ['chứng chỉ hành nghề y', 'CCHN']],
    ['giấy phép hoạt động phòng khám đa khoa', 'operating licence for a general clinic', ['cap', 'capLai', 'dieuChinh'], ['mở phòng khám']],
    ['giấy chứng nhận đủ điều kiện an toàn thực phẩm', 'food safety certificate', ['cap', 'capLai', 'thuHoi'], ['vệ sinh an toàn thực phẩm', 'ATTP']],
  ]],
  ['duoc', ['Dược phẩm', 'Pharmaceuticals'], 'province', [
    ['chứng chỉ hành nghề dược', 'pharmacy practising certificate', ['cap', 'capLai', 'dieuChinh', 'thuHoi'], ['CCHN dược', 'mở nhà thuốc']],
    ['giấy chứng nhận đủ điều kiện kinh doanh dược', 'pharmaceutical business eligibility certificate', ['cap', 'capLai', 'dieuChinh', 'thuHoi'], ['giấy phép nhà thuốc', 'quầy thuốc']],
  ]],
  ['doanh-nghiep', ['Thành lập và hoạt động doanh nghiệp', 'Companies'], 'province', [
    ['thành lập công ty trách nhiệm hữu hạn một thành viên', 'incorporating a single-member limited company', ['dangKy'], ['mở công ty', 'thành lập doanh nghiệp', 'TNHH']],
    ['thành lập công ty cổ phần', 'incorporating a joint-stock company', ['dangKy'], ['mở công ty cổ phần']],
    ['người đại diện theo pháp luật của doanh nghiệp', 'a company\'s legal representative', ['dangKyThayDoi'], ['đổi giám đốc']],
    ['vốn điều lệ', 'charter capital', ['dangKyThayDoi'], ['tăng vốn']],
    ['kinh doanh của doanh nghiệp', 'a company\'s business', ['tamNgung', 'chamDut'], ['giải thể', 'ngừng kinh doanh']],
  ]],
  ['van-hoa', ['Văn hóa', 'Culture'], 'province', [
    ['giấy phép kinh doanh dịch vụ karaoke', 'karaoke business licence', ['cap', 'dieuChinh', 'thuHoi'], ['mở karaoke']],
    ['giấy phép tổ chức lễ hội', 'festival licence', ['cap'], []],
    ['danh hiệu "Gia đình văn hóa"', 'the "cultured family" title', ['congNhan'], ['gia đình văn hóa']],
  ]],
  ['moi-truong', ['Môi trường', 'Environment'], 'province', [
    ['giấy phép môi trường', 'environmental permit', ['cap', 'capLai', 'dieuChinh', 'thuHoi'], ['đánh giá tác động môi trường']],
    ['kết quả thẩm định báo cáo đánh giá tác động môi trường', 'environmental impact assessment', ['pheDuyet', 'thamDinh'], ['ĐTM']],
    ['môi trường', 'environmental registration', ['dangKy'], []],
  ]],
  ['nong-nghiep', ['Nông nghiệp', 'Agriculture'], 'province', [
    ['giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông lâm thủy sản', 'agri-food safety certificate', ['cap', 'capLai'], ['ATTP nông sản']],
    ['giấy chứng nhận kiểm dịch động vật', 'animal quarantine certificate', ['cap'], ['kiểm dịch']],
    ['kinh tế trang trại', 'farm economy status', ['xacNhan', 'congNhan'], ['trang trại']],
  ]],
  ['thue', ['Thuế', 'Tax'], 'province', [
    ['thuế lần đầu đối với hộ kinh doanh, cá nhân kinh doanh', 'first tax registration of business households', ['dangKy'], ['mã số thuế', 'MST']],
    ['thông tin đăng ký thuế', 'tax registration details', ['dangKyThayDoi'], ['đổi mã số thuế']],
    ['nghĩa vụ thuế', 'tax obligations', ['xacNhan'], ['xác nhận nộp thuế']],
  ]],
  ['cong-thuong', ['Công thương', 'Industry and trade'], 'province', [
    ['giấy phép bán lẻ sản phẩm thuốc lá', 'tobacco retail licence', ['cap', 'capLai', 'dieuChinh'], ['bán thuốc lá']],
    ['giấy phép bán lẻ rượu', 'alcohol retail licence', ['cap', 'capLai', 'dieuChinh'], ['bán rượu']],
    ['giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu', 'fuel retail station certificate', ['cap', 'capLai', 'dieuChinh'], ['cây xăng']],
    ['hoạt động khuyến mại', 'sales promotion', ['thongBao', 'dangKy'], ['khuyến mãi']],
  ]],
];

// Qualifiers that real local variants carry. [vi, en]
const QUALIFIERS = [
  ['', ''],
  [' cho cá nhân', ' for individuals'],
  [' cho tổ chức', ' for organisations'],
  [' đối với người Việt Nam định cư ở nước ngoài', ' for Vietnamese residing abroad'],
  [' trường hợp bị mất, hỏng', ' when lost or damaged'],
  [' trường hợp hết hạn', ' when expired'],
  [' theo thủ tục rút gọn', ' by the simplified procedure'],
  [' tại cấp xã', ' at commune level'],
  [' tại cấp tỉnh', ' at provincial level'],
  [' (liên thông)', ' (combined)'],
  [' đối với doanh nghiệp nhỏ và vừa', ' for small and medium companies'],
  [' trong khu công nghiệp, khu chế xuất', ' in industrial and export-processing zones'],
];

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

function parseArgs(argv) {
  const options = { count: 2000, out: null, layout: 'inline', seed: 6 };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (name === '--count') options.count = Number(value);
    else if (name === '--out') options.out = value;
    else if (name === '--layout') options.layout = value;
    else if (name === '--seed') options.seed = Number(value);
    else throw new Error(`gen-catalogue: unknown option ${name}`);
  }
  if (!Number.isInteger(options.count) || options.count < 13 || options.count > 100000) {
    throw new Error('gen-catalogue: --count must be an integer from 13 to 100000');
  }
  if (!['inline', 'index'].includes(options.layout)) throw new Error('gen-catalogue: --layout is inline or index');
  if (!options.out) options.out = `target/catalogues/${options.count}-${options.layout}`;
  return options;
}

/** Every distinct (field, object, verb, qualifier) name, in a fixed order. */
function nameSpace(sampleNames) {
  const names = [];
  for (const [field, , level, objects] of FIELDS) {
    for (const [objVi, objEn, verbs, keywords] of objects) {
      for (const verb of verbs) {
        for (const [qVi, qEn] of QUALIFIERS) {
          const [vVi, vEn] = V[verb];
          const vi = `${vVi} ${objVi}${qVi}`;
          if (sampleNames.has(fold(vi))) continue;
          names.push({ field, level, vi, en: `${vEn} ${objEn}${qEn}`, verb, objVi, keywords, q: qVi });
        }
      }
    }
  }
  return names;
}

// The kinds of service Directive 24/CT-TTg made online only from 1 Oct 2025 that the
// generated fields hold: residence notices, criminal-record certificates, driving licences.
const ONLINE_ONLY_FIELDS = new Set(['cu-tru', 'ly-lich-tu-phap', 'giao-thong']);
const ONLINE_ONLY = {
  since: '2025-10-01',
  legal_basis: { vi: 'Chỉ thị 24/CT-TTg ngày 13/9/2025 của Thủ tướng Chính phủ', en: 'Prime Minister\'s Directive 24/CT-TTg of 13 September 2025' },
};
const PORTAL = { vi: 'Cổng Dịch vụ công quốc gia', en: 'National Public Service Portal' };
const CITY_PORTAL = { vi: 'Cổng Dịch vụ công TP.HCM', en: 'HCMC Public Service Portal' };
const VNEID = { vi: 'Ứng dụng VNeID', en: 'VNeID app' };
// Events a generated deadline counts from, and its three kinds of span.
const DEADLINE_EVENTS = [
  [{ vi: 'ngày phát sinh sự việc', en: 'the date of the event' }, null],
  [{ vi: 'ngày nhận quyết định', en: 'the date you receive the decision' }, { vi: 'Văn bản quy định thủ tục này', en: 'The regulation of this procedure' }],
  [{ vi: 'ngày giấy phép hết hạn', en: 'the licence\'s expiry date' }, null],
];
const DEADLINE_SPANS = [{ days: 30 }, { working_days: 10 }, { months: 12 }];

export function generate({ count, layout = 'inline', seed = 6 }) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // The 1.1 fields draw from their own sequence, so the 1.0 parts of every procedure
  // (names, codes, channels, fees) stay what they were before format 1.1.
  const random11 = rng(seed ^ 0x11);
  const pick11 = (list) => list[Math.floor(random11() * list.length)];
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  const sampleIds = new Set(sample.procedures.map((p) => p.id));
  const sampleNames = new Set(sample.procedures.map((p) => fold(p.name.vi).replace(/^thu tuc /, '')));
  const wards = sample.agencies.filter((a) => a.level === 'commune');
  const departments = sample.agencies.filter((a) => a.level !== 'commune');

  const fields = [...sample.fields];
  for (const [id, names] of FIELDS) {
    if (names && !fields.some((f) => f.id === id)) fields.push({ id, name: { vi: names[0], en: names[1] } });
  }

  // Shuffle the name space once (Fisher–Yates), then take names in turn; past its end,
  // local variants: the same procedure as a ward carries it ("… – phường Sài Gòn").
  const space = nameSpace(sampleNames);
  for (let i = space.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [space[i], space[j]] = [space[j], space[i]];
  }

  const used = new Set(sampleIds);
  const nextCode = () => {
    for (;;) {
      const code = `${pick([1, 1, 1, 2, 2, 3])}.${String(Math.floor(random() * 20000)).padStart(6, '0')}`;
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };

  const generated = [];
  const wanted = count - sample.procedures.length;
  for (let i = 0; i < wanted; i++) {
    const base = space[i % space.length];
    const round = Math.floor(i / space.length);
    const ward = round > 0 ? wards[(i * 7 + round) % wards.length] : null;
    const wardName = ward ? ward.name.vi.replace('Trung tâm Phục vụ hành chính công ', '') : '';
    const vi = ward ? `${base.vi} – ${wardName}` : base.vi;
    const en = ward ? `${base.en} – ${ward.name.en.replace('Public Administrative Service Centre, ', '')}` : base.en;
    generated.push(procedure(nextCode(), base, vi, en, ward));
  }

  function procedure(id, base, vi, en, ward) {
    const level = base.level;
    const agencies = ward
      ? [ward.id]
      : level === 'commune' ? [{ level: 'commune' }] : [pick(departments).id];
    const days = pick([1, 3, 5, 7, 10, 15, 20, 30]);
    const fee = pick([0, 0, 10000, 20000, 50000, 100000, 200000, 500000]);
    const online = pick([null, 2, 3, 3, 4, 4]);
    // Online only needs an online way to send people to; the desk stays as the assisted way.
    const onlineOnly = (online === 3 || online === 4) && ONLINE_ONLY_FIELDS.has(base.field);
    const channels = [{
      kind: 'in_person',
      where: {
        vi: level === 'commune'
          ? 'Trung tâm Phục vụ hành chính công phường, xã, đặc khu nơi cư trú.'
          : 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh.',
        en: level === 'commune'
          ? 'The public administrative service centre of the ward or commune where you live.'
          : 'The Ho Chi Minh City Public Administrative Service Centre.',
      },
      time_limit: { working_days: days },
      fee: [{ kind: fee === 0 ? 'fee' : 'charge', amount: fee, currency: 'VND' }],
      result_delivery: ['in_person'],
    }];
    if (onlineOnly) {
      channels[0].notes = {
        vi: 'Không nhận hồ sơ giấy: cán bộ hướng dẫn, hỗ trợ bạn nộp hồ sơ trực tuyến.',
        en: 'No paper applications: staff help you file online.',
      };
    }
    if (online === 3 || online === 4) {
      const city = level !== 'commune' && random11() < 0.3;
      channels.push({
        kind: 'online', label: city ? CITY_PORTAL : PORTAL, online_level: online,
        url: city ? 'https://dichvucong.hochiminhcity.gov.vn' : 'https://dichvucong.gov.vn',
        account: 'vneid_level_2',
        online_payment: online === 4, result_delivery: online === 4 ? ['electronic'] : ['in_person'],
        time_limit: { working_days: days },
      });
      // Some full-online services are also filed in the VNeID app: two online ways,
      // told apart by their names (and ids, for documents and steps).
      if (online === 4 && random11() < 0.25) {
        channels[1].id = 'online-dvcqg';
        channels.push({ ...channels[1], id: 'online-vneid', label: VNEID });
      }
    }
    // The draw happens either way, so the rest of the catalogue does not move.
    if (random() < 0.3 && !onlineOnly) channels.push({ kind: 'post', result_delivery: ['post'], time_limit: { working_days: days + 2 } });
    const deadline = random11() < 0.1
      ? (() => {
        const [from, basis] = pick11(DEADLINE_EVENTS);
        return { ...pick11(DEADLINE_SPANS), from, ...(basis ? { legal_basis: basis } : {}) };
      })()
      : null;
    const objectWords = base.objVi.split(' ').slice(0, 4).join(' ');
    // Local variants (a ward's own copy) are published in Vietnamese only, as on the
    // provincial portals, which also keeps a 50,000-entry index under the 20 MB limit.
    const keywords = [...base.keywords];
    if (!ward && random() < 0.3) keywords.push({ vi: `${V[base.verb][0].toLowerCase()} ${objectWords}`, en: en.toLowerCase() });
    return {
      id,
      name: ward ? { vi } : { vi, en },
      field: base.field,
      level,
      agencies,
      audience: [pick(['citizen', 'citizen', 'business'])],
      summary: {
        vi: `${vi}. Người yêu cầu nộp hồ sơ${online ? ' trực tiếp hoặc trực tuyến trên Cổng Dịch vụ công quốc gia' : ' trực tiếp'}; thời hạn giải quyết ${days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`,
        en: `${en}. File in person${online ? ' or online on the National Public Service Portal' : ''}; settled within ${days} working days of a complete file.`,
      },
      keywords,
      ...(onlineOnly ? { online_only: ONLINE_ONLY } : {}),
      ...(deadline ? { deadline } : {}),
      result: {
        vi: `Kết quả giải quyết thủ tục ${base.objVi}.`,
        en: `The decision on ${base.en.toLowerCase()}.`,
      },
      channels,
      documents: [
        {
          id: 'to-khai', name: { vi: `Tờ khai đề nghị ${V[base.verb][0].toLowerCase()} ${objectWords}`, en: 'Application form' },
          originals: 1,
        },
        { id: 'giay-to-tuy-than', name: { vi: 'Giấy tờ tùy thân (Căn cước hoặc Hộ chiếu)', en: 'Identity document (ID card or passport)' }, originals: 1 },
        ...(random() < 0.5 ? [{ id: 'giay-to-chung-minh', name: { vi: `Giấy tờ chứng minh liên quan đến ${objectWords}`, en: 'Supporting papers' }, copies: 1 }] : []),
      ],
      steps: [
        { id: 'nop-ho-so', title: { vi: 'Nộp hồ sơ', en: 'File the application' }, actor: 'applicant' },
        ...(fee > 0 ? [{ id: 'nop-phi', title: { vi: 'Nộp phí, lệ phí', en: 'Pay the fee' }, actor: 'applicant' }] : []),
        { id: 'tham-dinh', title: { vi: 'Cơ quan xem xét hồ sơ', en: 'The agency examines the file' }, actor: 'agency', duration: { vi: `Tối đa ${days} ngày làm việc`, en: `Up to ${days} working days` } },
        { id: 'nhan-ket-qua', title: { vi: 'Nhận kết quả', en: 'Receive the result' }, actor: 'applicant' },
      ],
      updated: '2026-11-25',
      ...(random11() < 0.02 ? { editor_note: 'Thủ tục sinh tự động để thử nghiệm: tên, mã và nội dung không có thật.' } : {}),
    };
  }

  // The sample's real procedures at fixed, spread-out places among the generated ones.
  const procedures = [...generated];
  sample.procedures.forEach((p, k) => {
    const at = Math.floor(((k + 0.5) * procedures.length) / sample.procedures.length);
    procedures.splice(at, 0, p);
  });

  const details = new Map();
  const entries = layout === 'inline' ? procedures : procedures.map((p) => {
    details.set(p.id, p);
    const entry = {
      id: p.id, name: p.name, field: p.field, level: p.level, agencies: p.agencies,
      ...(p.keywords ? { keywords: p.keywords } : {}),
      channels: p.channels.map((c) => ({
        kind: c.kind,
        ...(c.online_level ? { online_level: c.online_level } : {}),
        ...(c.label ? { label: c.label } : {}),
      })),
      ...(p.online_only ? { online_only: p.online_only } : {}),
      ...(p.status ? { status: p.status } : {}),
      ...(p.replaced_by ? { replaced_by: p.replaced_by } : {}),
      href: `procedures/${p.id}.json`,
    };
    return entry;
  });

  const catalogue = {
    format: sample.format,
    catalogue: {
      ...sample.catalogue,
      id: `generated-${count}`,
      title: {
        vi: `Thủ tục hành chính (dữ liệu sinh tự động, ${count} thủ tục)`,
        en: `Administrative procedures (generated data, ${count} procedures)`,
      },
      editor_note: `Sinh bởi tools/gen-catalogue.mjs (--count ${count} --layout ${layout} --seed ${seed}) từ danh mục mẫu www/catalogue.json: chỉ để thử nghiệm.`,
    },
    agencies: sample.agencies,
    fields,
    life_events: sample.life_events,
    procedures: entries,
  };
  return { catalogue, details };
}

/** Writes the catalogue (and detail files) into `out`; returns the catalogue's path. */
export function write({ count, out, layout = 'inline', seed = 6 }) {
  const { catalogue, details } = generate({ count, layout, seed });
  const file = join(out, 'catalogue.json');
  const text = `${JSON.stringify(catalogue)}\n`;
  // The contract's limit (CATALOGUE.md "Limits"): past it, only the index layout fits.
  if (Buffer.byteLength(text) > 20 * 1024 * 1024) {
    throw new Error(`gen-catalogue: ${count} procedures (${layout}) make a ${Buffer.byteLength(text)}-byte catalogue.json, over the 20 MB limit${layout === 'inline' ? ': use --layout index' : ''}`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(file, text);
  if (details.size) {
    mkdirSync(join(out, 'procedures'), { recursive: true });
    for (const [id, p] of details) writeFileSync(join(out, 'procedures', `${id}.json`), `${JSON.stringify(p)}\n`);
  }
  return file;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const options = parseArgs(process.argv.slice(2));
  const file = write(options);
  console.log(`gen-catalogue: ${options.count} procedures (${options.layout}) in ${file}`);
}

export { fold };
