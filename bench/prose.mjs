/**
 * Generated report-like prose for benches: Vietnamese sentences built from templates, with
 * numbers, schemes, periods and provinces drawn from a seeded generator, so that no sentence
 * repeats an earlier one (the duplicate detection sets nothing apart) and every kind of relation
 * the checks look at turns up: results against plans, growths against earlier years, coverage
 * rates, parts and totals, growth targets, stated trends and arrears by age.
 *
 * The sentences are written for this bench; they are not taken from any article.
 */

const PROVINCES = [
  'Tiền Giang',
  'Bến Tre',
  'Long An',
  'Đồng Tháp',
  'An Giang',
  'Cần Thơ',
  'Nghệ An',
  'Thanh Hóa',
  'Quảng Nam',
  'Bình Định',
  'Gia Lai',
  'Đắk Lắk',
  'Lâm Đồng',
  'Hà Tĩnh',
  'Quảng Ninh',
  'Thái Bình',
  'Nam Định',
  'Hải Dương',
  'Bắc Giang',
  'Phú Thọ',
]
const SCHEMES = ['BHXH bắt buộc', 'BHXH tự nguyện', 'BHYT', 'bảo hiểm thất nghiệp']
/** @type {((y: number) => string)[]} */
const PERIODS = [
  (y) => `6 tháng đầu năm ${y}`,
  (y) => `9 tháng đầu năm ${y}`,
  (y) => `Quý I/${y}`,
  (y) => `Quý III/${y}`,
  (y) => `Năm ${y}`,
]

/** A small seeded generator (mulberry32). @param {number} seed */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Groups an integer's thousands with dots, the Vietnamese way. @param {number} n */
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
/** A decimal with a comma and `d` places. @param {number} x @param {number} d */
const comma = (x, d) => x.toFixed(d).replace('.', ',')

/**
 * Report-like prose of `size` characters (cut at a sentence end), the same for the same seed.
 * @param {number} size @param {number} [seed]
 */
export function prose(size, seed = 1) {
  const r = random(seed)
  /** @param {number} lo @param {number} hi */
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1))
  /** @template T @param {readonly T[]} xs @returns {T} */
  const pick = (xs) => /** @type {T} */ (xs[Math.floor(r() * xs.length)])
  const place = () => pick(PROVINCES)
  const templates = [
    // a result, its attainment and the plan
    (y) => {
      const billion = int(800, 9_000)
      const share = 0.4 + r() * 0.6
      return `${pick(PERIODS)(y)}, tổng số tiền thu BHXH, BHYT, BHTN của ${place()} ${pick(['', 'trên ', 'gần '])}${grouped(billion)},${int(1, 9)} tỷ đồng, đạt ${comma(share * 100, 1)}% kế hoạch cả năm. Đơn vị phấn đấu trong năm ${y} đạt tổng thu BHXH, BHYT, BHTN trên ${grouped(Math.round(billion / share) + int(-40, 40))} tỷ đồng.`
    },
    // participants with a growth against the year before, and the earlier figure
    (y) => {
      const people = int(20_000, 1_500_000)
      const growth = 0.01 + r() * 0.2
      const scheme = pick(SCHEMES)
      return `Năm ${y - 1} có ${grouped(Math.round(people / (1 + growth)) + int(-200, 200))} người tham gia ${scheme}. Năm ${y}, ${place()} có ${grouped(people)} người tham gia ${scheme}, tăng ${comma(growth * 100, 2)}% so với năm ${y - 1}.`
    },
    // coverage rates against the labour force (BHXH and BHTN) and the population (BHYT), on a day
    (y) => {
      const bhxh = int(100_000, 600_000)
      const day = `${int(1, 28)}/${int(1, 12)}/${y}`
      return `Tính đến ngày ${day}, ${place()} có ${grouped(bhxh)} người tham gia BHXH, đạt ${comma(15 + r() * 30, 1)}% lực lượng lao động trong độ tuổi; ${grouped(Math.round(bhxh * (0.7 + r() * 0.25)))} người tham gia bảo hiểm thất nghiệp, đạt ${comma(12 + r() * 25, 1)}% lực lượng lao động trong độ tuổi; ${grouped(int(500_000, 2_000_000))} người tham gia BHYT, đạt ${comma(85 + r() * 14, 2)}% dân số.`
    },
    // a total and its parts in one sentence
    (y) => {
      const a = int(100, 900)
      const b = int(50, 500)
      return `Trong tháng ${int(1, 12)}/${y}, ${place()} có ${grouped(a + b + int(-2, 2))} người tham gia BHXH, trong đó có ${a} người tham gia BHXH bắt buộc và ${b} người tham gia BHXH tự nguyện.`
    },
    // a growth target against a level target
    (y) =>
      `Năm ${y}, ${place()} phấn đấu phát triển BHXH tự nguyện được ${grouped(int(2_000, 90_000))} người; tốc độ tăng trưởng BHXH tự nguyện của ${place()} năm ${y} là ${comma(5 + r() * 35, 2)}%.`,
    // a stated trend over three years
    (y) => {
      const a = int(1_000, 90_000)
      const b = a + int(-500, 9_000)
      const c = b + int(-500, 9_000)
      return `Ở ${place()}, năm ${y - 2} có ${grouped(a)} người tham gia BHXH tự nguyện, năm ${y - 1} có ${grouped(b)} người tham gia BHXH tự nguyện, năm ${y} có ${grouped(c)} người tham gia BHXH tự nguyện, năm sau cao hơn năm trước.`
    },
    // arrears by age, with a total
    (y) => {
      const a = int(100, 900)
      const b = int(20, 300)
      const x = int(10, 60)
      const z = int(10, 60)
      return `Đến ngày ${int(1, 28)}/${int(1, 12)}/${y}, ${place()} có ${a + b} đơn vị chậm đóng BHXH với tổng số tiền ${x + z} tỷ đồng, trong đó ${a} đơn vị chậm đóng BHXH từ 1 tháng đến dưới 6 tháng với tổng số tiền chậm đóng ${x} tỷ đồng, ${b} đơn vị chậm đóng trên 6 tháng với tổng số tiền chậm đóng ${z} tỷ đồng.`
    },
    // a sentence without figures, between the others
    (y) =>
      `Trong năm ${y}, BHXH ${place()} tiếp tục đẩy mạnh tuyên truyền, rà soát đối tượng và phối hợp với các sở, ngành để thu hút người tham gia.`,
  ]
  const parts = []
  let n = 0
  while (n < size) {
    const paragraph = []
    const count = int(3, 7)
    for (let i = 0; i < count; i++)
      paragraph.push(/** @type {(y: number) => string} */ (pick(templates))(int(2016, 2025)))
    const text = `${paragraph.join(' ')}\n\n`
    parts.push(text)
    n += text.length
  }
  const text = parts.join('')
  const end = text.lastIndexOf('.', size)
  return text.slice(0, end < 0 ? size : end + 1)
}
