"""Indonesian entity rules: titles before names, particles inside names, capitalised non-names.

Data only; the shared logic is ``reconcile/facts/entity.py`` (finding) and ``reconcile/link.py``
(linking). ``COMMON_WORDS`` are words seen lower-case mid-sentence in public text (Tatoeba test
sets and Wikipedia "In the news" blurbs, ``/work/shared/external``): a capitalised one at a
sentence start is not a name.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

TITLES = frozenset("""
presiden wakil menteri perdana raja ratu pangeran putra mahkota sultan emir syekh syeikh
paus jenderal kolonel mayor letnan kapten laksamana marsekal gubernur bupati wali walikota
senator duta besar utusan juru bicara jubir ketua kepala direktur pendiri pemimpin dr bapak
pak ibu bu tuan nyonya hakim jaksa sekretaris kanselir komandan panglima kapolri kapolda
delegasi utusan menko uskup kardinal pastor romo imam irjen kombes brigjen
""".split())
ABBREVIATIONS = frozenset({"dr", "ir", "prof", "h", "hj", "drs", "sdr", "mr", "mrs", "jend"})
PORTFOLIO = frozenset("""
pertahanan luar negeri dalam keuangan perdagangan ekonomi kesehatan pendidikan energi
keamanan nasional koordinator bidang politik hukum agama sosial umum besar mahkota bicara
kota negara menteri perdana wakil mantan utama delegasi untuk polhukam kebudayaan
pembangunan manusia perekonomian kemaritiman investasi agung pol
""".split())
PARTICLES = frozenset({"bin", "binti", "ibn", "al", "el", "de", "van", "von", "der",
                       "abu", "ben"})
CONNECTORS = frozenset({"dan"})
STOP_CAPITALS = frozenset("""
baca juga simak lihat berita terkait foto video sumber editor penulis reporter pewarta
dan atau yang di ke dari pada untuk dengan dalam oleh ini itu tersebut ia dia mereka kami
kita saya anda namun tetapi sementara selain menurut setelah sebelum saat ketika sejak
hingga sampai bahkan adapun sedangkan karena jika kalau bila meski meskipun
januari februari maret april mei juni juli agustus september oktober november desember
jan feb mar apr jun jul agu agt ags sep okt nov des
senin selasa rabu kamis jumat jum'at sabtu minggu ahad
""".split())
ACRONYM_STOP = frozenset({"BACA", "JUGA", "WIB", "WITA", "WIT", "TV", "MOU", "PT", "TBK", "CV",
                          "RI", "FOTO", "VIDEO", "ANTARA", "I", "II"})
ORG_CUES = frozenset("""
kementerian kemenhan kemlu departemen badan lembaga komisi dewan majelis parlemen mahkamah
pengadilan angkatan tentara kepolisian polisi partai serikat asosiasi organisasi
institut universitas sekolah bank dana perusahaan korporasi grup maskapai kantor biro
yayasan gerakan front aliansi federasi liga otoritas pemerintah komando brigade batalyon
pasukan agency agensi news times media tv televisi radio pers
""".split())
PLACE_CUES = frozenset("""
kota kabupaten provinsi wilayah daerah pulau kepulauan laut samudra teluk selat sungai
danau gunung lembah semenanjung gurun jalan alun-alun bandara bandar pelabuhan pangkalan
ibu kota kerajaan republik keemiratan kesultanan
""".split())
# Short names that CLDR does not list, -> territory code.
PLACE_ALIASES = {"AS": "US", "Amerika": "US", "Inggris": "GB", "Britania": "GB", "Turki": "TR",
                 "Belanda": "NL", "Saudi": "SA", "Tiongkok": "CN", "Cina": "CN"}
# Lower-case words of running text (see module docstring for the source).
COMMON_WORDS = frozenset("""
ada adalah adanya agama agar aja akal akan akhir akibat aku alasan anak anak-anak anak-anakku
anak-anaknya anda anggota anggur antara antariksa apa apa-apa apakah apapun apel api asteroid
at atap atas atau awak awal ayah badan bagaimana bagian bagiku bagus bahagia bahasa bahwa baik
baik-baik bangun bangunan bank banyak barang batu bawah bea bebas beberapa bekerja belajar
belum benar benar-benar benci bendera berada berangkat berapa berarti berat berawan berbahasa
berbicara berbuat bercanda berenang bergabung berhasil berikan berita beritahu berjalan
berjalan-jalan berkata berkekuatan berlangsung bermain bernyanyi berpikir bersama bersamamu
bersemangat bertabrakan bertambah bertanya bertemu berubah berusaha berusia besar besok biarkan
biasa biasanya bicara bidang binatang bioortogonal biru bisa bisnis bodoh bola boleh buah bukan
bukanlah buku bulan bumi bunga bunuh buruk butuh cara cari catatan cepat cinta cipta coba cocok
cuaca cukup cuma da daging dalam dalamnya dampak dan dapat dari darinya daripada datang
dedaunan dekat dengan denganmu dengar depan desak-desakan di dia diadili diam diangkat
dianugerahi dianugerahkan dibentuk dibuang dibubarkan dibutuhkan digantikan dilakukan dilantik
diluncurkan dimakzulkan diminum dimulai dingin dipasang diperantarai diperlukan dipersilahkan
diplomatik diri dirimu dirinya ditengahi do dokter dos dua duduk dulu dunia ekor empat
evolusioner favorit film flu for foto gadis gagal gaji gambar gempa genetika gula guru hal
hampir hanya harap harapan harganya hari harus hati helikopter hentikan hidup hidupnya hilang
hingga hubungan hujan hutan ia ibunya ide ikut indah ingin inginkan ini istriku itu jabatan
jadi jalan jalur jam jangan jarak jatuh jembatan jika juga kabar kabur kakak kaki kalah
kalangan kalau kali kalian kalimat kalinya kamar kami kamu kamus kan kantor kapanpun karakter
karena karya karyanya kasih kata katakan kau ke kebakaran keberatan kebiasaan kecelakaan kecil
kecuali kehabisan kehilangan keluar keluarga kemampuan kemari kemarin kembali kembalian
kemudian kemungkinan kenaikan kenapa kenyataan kepada kepadamu keras kereta kesehatan
kesembilan kesempatan kesemua kesepakatan ketiga ketika keuangan khawatir kimia kira kiri kita
klik koalisi kopi korvet kota kriminal krisis kuantum kucing kudeta kurang kursi lagi lain
lainnya laki-laki laki-lakinya lakukan lalu lama lampu langit langsung lantai lebih ledakan
lelah lepas lewat libur lihat lima longsor luar lucu luka-luka lulus lupa maaf maka makan
makanan malam malu mampu mana mantan manusia marah masa masalah masam masih masing-masing
massal masuk mati mau mediasi meja mekanika melakukan melakukannya melalui melarikan melewati
melihat melukai memahami memakan memancing membaca membantu membantuku membantunya membayar
membeli memberi memberikannya memberitahu memberitahumu membuat membuatku membuatmu membubarkan
membuka membutuhkan memenangkan memicu memilih memiliki meminjam meminta mempercayai
mempercayaiku memperhatikan memperoleh memulihkan memutuskan menangani menangis menarik
mencapai mencari mencoba mendapat mendapatkan mendekat mendengar mendengarkan mendengarkanmu
menemukan menewaskan mengalahkan mengalami mengambil mengangkat mengatakan mengembalikan
mengenal mengetahui mengetahuinya mengetuk menggambar menggantikan menggunakan mengguncang
menghadapi mengira mengobati menguasai mengumumkan mengunjungi meninggal meninggalkan menjadi
menolak menolong menonton menuju menulis menunggu menunjukkan menyabet menyadari menyakiti
menyangka menyebabkan menyebut menyelesaikan menyerang menyerbu menyukai merah meraih merasa
mereka merokok merusak milikku minta minum mirip mobil modern muak muda mulai muncul mungkin
musik musim naik namun narapidana negara negaranya negeri niatnya obat olahraga oleh orang
pabean pada padaku padanya pagi paham paling panas pandai panjang para pasca-pertandingan pasti
peduli pekerjaan pemalsuan pemberitahuan pembohong pembuka pemeriksaan pemerintah pemilihan
pemilik penduduk pendukung penembakan pengeboman penghargaan penghindaran penting penuh
penumpang penyanyi penyelenggara perang peras perasaanmu perbuat percaya perempuan pergi
perhelatan perintah perjalanan perjanjian perlu permasalahan permata pernah perpustakaan
pertama pertandingan pertanyaan perut pihak pikir pilih pintu pintunya pisau presiden pukul
pulang pun punya pusat putih rapat rasa rasakan rasanya ratusan reka riset roti ruang rudal
rumah rusa saat sadar saja sakit salah sama sampah sampai sana sangat satelit satu satunya
saudara saya sebagai sebelah sebelum sebelumnya sebentar sebuah secara sedang sedikit
sedikitnya seekor segera sehabis sejak sekali sekarang sekitar sekolah selalu selama selamat
selanjutnya seluruh semalam semasa sembilan semua semuanya senang sendiri seorang sepak sepakat
sepatah sepenuhnya seperti serta seseorang sesuai sesuatu setelah setidaknya setuju si siang
siap siapa sibuk sini siswa situs sore stok suara sudah suka sukai sukses sungai surat tadi
tahan tahu tahun tak taksi takut tanah tanpa tapi telah telepon teleponnya temanku tempat
tenggelam tenis tentang tepat terakhir terbaik terbalik terbang terbesar terdekatnya terhadap
terjadi terkejut terkenal terlalu terlihat terluka termasuk ternyata terpilih terputus tersebut
tersenyum tertabrak tertarik tetap tetapi tewas tiba tidak tidur tiga tim tinggal toko tolong
tua tuduhan tujuh turun tutup uang uji ujian ulang umum unjuk untuk untukku upaya urusan usia
vs waktu waktunya warga warna ya yakin yang
""".split())

# (text, value): the text must give exactly one entity fact covering it, with this value.
CORPUS = _DATA.rows("CORPUS")
NEGATIVE_CORPUS = _DATA.strings("NEGATIVE_CORPUS")
LINK_CORPUS = _DATA["LINK_CORPUS"]
LINK_NEGATIVE = [
    ["Joko Widodo", "Joko Anwar"],
    ["Iriana Budi Hartono", "Budi Hartono"],      # a given name before a name is another person
]
