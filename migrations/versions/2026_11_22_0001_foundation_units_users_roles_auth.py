"""foundation: units, users, roles, auth

Revision ID: 0001
Revises:
Create Date: 2026-11-22 00:55:01.900075
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Reference data (labels from the seeds in shared/seeds; see DOMAIN.md §2–§3).
UNIT_KINDS = [{'code': 'province',
  'label_vi': 'Tỉnh, thành phố trực thuộc Trung ương',
  'label_en': 'Province or centrally-run city',
  'is_party_organisation': False,
  'sort_order': 1},
 {'code': 'district',
  'label_vi': 'Huyện, quận, thị xã, thành phố thuộc tỉnh',
  'label_en': 'District, town or provincial city',
  'is_party_organisation': False,
  'sort_order': 2},
 {'code': 'commune',
  'label_vi': 'Xã, phường, thị trấn',
  'label_en': 'Commune, ward or township',
  'is_party_organisation': False,
  'sort_order': 3},
 {'code': 'village',
  'label_vi': 'Thôn, bản, khu phố, tổ dân phố',
  'label_en': 'Village, hamlet or residential group',
  'is_party_organisation': False,
  'sort_order': 4},
 {'code': 'provincial_party_committee',
  'label_vi': 'Tỉnh ủy, Thành ủy trực thuộc Trung ương',
  'label_en': 'Provincial party committee',
  'is_party_organisation': True,
  'sort_order': 5},
 {'code': 'district_party_committee',
  'label_vi': 'Huyện ủy, Thị ủy, Thành ủy',
  'label_en': 'District or city party committee',
  'is_party_organisation': True,
  'sort_order': 6},
 {'code': 'party_committee_under_province',
  'label_vi': 'Đảng ủy trực thuộc Tỉnh ủy',
  'label_en': 'Party committee directly under the provincial committee',
  'is_party_organisation': True,
  'sort_order': 7},
 {'code': 'grassroots_party_committee',
  'label_vi': 'Đảng bộ cơ sở (Đảng ủy)',
  'label_en': 'Grassroots party committee',
  'is_party_organisation': True,
  'sort_order': 8},
 {'code': 'party_cell_under_grassroots',
  'label_vi': 'Chi bộ trực thuộc Đảng ủy cơ sở',
  'label_en': 'Party cell under a grassroots party committee',
  'is_party_organisation': True,
  'sort_order': 9},
 {'code': 'grassroots_party_cell',
  'label_vi': 'Chi bộ cơ sở',
  'label_en': 'Grassroots party cell (directly under a district committee)',
  'is_party_organisation': True,
  'sort_order': 10},
 {'code': 'mass_mobilisation_board',
  'label_vi': 'Ban Dân vận, Khối Dân vận',
  'label_en': 'Mass-mobilisation board or bloc',
  'is_party_organisation': False,
  'sort_order': 11},
 {'code': 'peoples_council',
  'label_vi': 'Hội đồng nhân dân',
  'label_en': "People's Council",
  'is_party_organisation': False,
  'sort_order': 12},
 {'code': 'peoples_committee',
  'label_vi': 'Ủy ban nhân dân',
  'label_en': "People's Committee",
  'is_party_organisation': False,
  'sort_order': 13},
 {'code': 'fatherland_front',
  'label_vi': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'label_en': 'Fatherland Front committee',
  'is_party_organisation': False,
  'sort_order': 14},
 {'code': 'youth_union',
  'label_vi': 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'label_en': 'Ho Chi Minh Communist Youth Union',
  'is_party_organisation': False,
  'sort_order': 15},
 {'code': 'womens_union',
  'label_vi': 'Hội Liên hiệp Phụ nữ',
  'label_en': "Women's Union",
  'is_party_organisation': False,
  'sort_order': 16},
 {'code': 'farmers_union',
  'label_vi': 'Hội Nông dân',
  'label_en': "Farmers' Union",
  'is_party_organisation': False,
  'sort_order': 17},
 {'code': 'veterans_association',
  'label_vi': 'Hội Cựu chiến binh',
  'label_en': "Veterans' Association",
  'is_party_organisation': False,
  'sort_order': 18},
 {'code': 'trade_union',
  'label_vi': 'Công đoàn',
  'label_en': 'Trade union',
  'is_party_organisation': False,
  'sort_order': 19},
 {'code': 'mass_association',
  'label_vi': 'Hội quần chúng',
  'label_en': 'Mass association',
  'is_party_organisation': False,
  'sort_order': 20},
 {'code': 'state_agency',
  'label_vi': 'Cơ quan nhà nước (sở, ban, ngành, phòng)',
  'label_en': 'State agency or department',
  'is_party_organisation': False,
  'sort_order': 21},
 {'code': 'public_service_unit',
  'label_vi': 'Đơn vị sự nghiệp (trường học, trạm y tế)',
  'label_en': 'Public service unit (school, clinic)',
  'is_party_organisation': False,
  'sort_order': 22},
 {'code': 'enterprise',
  'label_vi': 'Doanh nghiệp',
  'label_en': 'Enterprise',
  'is_party_organisation': False,
  'sort_order': 23},
 {'code': 'armed_forces_unit',
  'label_vi': 'Đơn vị lực lượng vũ trang',
  'label_en': 'Armed-forces unit',
  'is_party_organisation': False,
  'sort_order': 24},
 {'code': 'mass_mobilisation_team',
  'label_vi': 'Tổ dân vận',
  'label_en': 'Mass-mobilisation team',
  'is_party_organisation': False,
  'sort_order': 25},
 {'code': 'steering_committee',
  'label_vi': 'Ban Chỉ đạo',
  'label_en': 'Steering committee',
  'is_party_organisation': False,
  'sort_order': 26}]

UNIT_LEVELS = [{'code': 'province', 'label_vi': 'Cấp tỉnh', 'label_en': 'Province level', 'rank': 1},
 {'code': 'district', 'label_vi': 'Cấp huyện', 'label_en': 'District level', 'rank': 2},
 {'code': 'commune', 'label_vi': 'Cấp xã', 'label_en': 'Commune level', 'rank': 3},
 {'code': 'village', 'label_vi': 'Thôn, tổ dân phố', 'label_en': 'Village level', 'rank': 4}]

FIELDS = [{'code': 'economy',
  'label_vi': 'Kinh tế',
  'label_en': 'Economy',
  'description_vi': 'Xây dựng mô hình “Dân vận khéo” trong vận động tổ chức cá nhân, doanh nghiệp đầu tư cho '
                    'phát triển kinh tế, xây dựng hạ tầng nông thôn, đô thị. Vận động nhân dân phát triển '
                    'nông nghiệp, công nghiệp, đẩy mạnh nông nghiệp ứng dụng công nghệ cao gắn với xây dựng '
                    'và phát triển nông thôn mới nâng cao, nông thôn mới kiểu mẫu...',
  'description_en': 'The economy: production, sustainable poverty reduction, land consolidation, '
                    'cooperatives, trade and services.',
  'examples_vi': ['"Khéo" tuyên truyền, vận động Nhân dân thực hiện chủ trương của Đảng, chính sách, pháp '
                  'luật của Nhà nước, của tỉnh phát triển sản xuất nông, lâm, ngư nghiệp thành hàng hoá, sản '
                  'phẩm chủ lực, đặc sản có thương hiệu, đảm bảo tiêu chuẩn chất lượng, giá trị gia tăng '
                  'cao, gắn với phát triển bền vững.',
                  '"Khéo" vận động, hướng dẫn, giúp đỡ nhân dân thực hiện công tác giảm nghèo bền vững, thi '
                  'đua làm giàu chính đáng.',
                  '"Khéo" trong thực hiện việc dồn điền, đổi thửa, xây dựng cánh đồng mẫu lớn; công tác '
                  'chuyển đổi về hoa học, kỹ thuật, cây trồng, vật nuôi, phát triển các sản phẩm chủ lực của '
                  'đơn vị, các sản phẩm sạch, an toàn có quy mô và hiệu quả kinh tế cao; các mô hình kinh tế '
                  'trang trại chăn nuôi tập trung xa khu dân cư theo hướng công nghiệp, bán công nghiệp, đảm '
                  'bảo vệ sinh môi trường, an toàn dịch bệnh...',
                  '"Khéo" trong việc xây dựng các mô hình phát triển về CN-TTCN, TM-DV, ứng dụng các tiến bộ '
                  'KH-CN vào sản xuất đem lại hiệu quả kinh tế cao; phát triển các sản phẩm làng nghề, làng '
                  'nghề truyền thống và đảm bảo công tác vệ sinh môi trường; thành lập các tổ hợp tác, HTX '
                  'kiểu mới sản xuất, kinh doanh, liên doanh, liên kết trong sản xuất và bao tiêu sản phẩm '
                  'cho người dân, nâng cao mức thu nhập đời sống, tạo việc làm cho người dân...'],
  'requires_confirmation': False,
  'sort_order': 1},
 {'code': 'culture_society',
  'label_vi': 'Văn hóa - xã hội',
  'label_en': 'Culture and society',
  'description_vi': 'Xây dựng mô hình “Dân vận khéo” trong tuyên truyền, vận động nhân dân đoàn kết xây dựng '
                    'đô thị văn minh, thực hiện nếp sống văn minh theo tinh thần Nghị quyết 22,191 của HĐND '
                    'tỉnh; tích cực tham gia góp sức người, sức của xây dựng các công trình phúc lợi xã hội, '
                    'các mô hình tự quản trong cộng đồng khu dân cư, địa phương, đơn vị; tham gia tích cực '
                    'thực hiện công tác từ thiện, nhân đạo, chính sách an sinh xã hội; bảo vệ môi trường...',
  'description_en': 'Culture and society: cultured living, education, health, charity, mediation, land '
                    'disputes, site clearance.',
  'examples_vi': ['“Khéo” tuyên truyền, vận động cán bộ, đảng viên, chiến sĩ lực lượng vũ trang, đoàn viên, '
                  'hội viên, công chức, viên chức, doanh nhân, người lao động và Nhân dân, thực hiện tốt '
                  'phong trào “toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với xây dựng nông thôn mới, '
                  'đô thị văn minh, chấp hành kỷ cương, thực hiện nếp sống văn hóa công sở, văn hóa doanh '
                  'nghiệp; nêu gương tốt ứng xử giao tiếp với đồng chí, đồng nghiệp, với cộng đồng, nhân '
                  'dân, ở nơi công cộng; chấp hành tốt nội quy, quy chế của đơn vị, doanh nghiệp ...',
                  '“Khéo” tuyên truyền vận động Nhân dân thực hiện các giải pháp xây dựng, duy trì tốt hoạt '
                  'động thôn, bản, khu phố văn hóa; đơn vị đạt chuẩn văn hóa; tuyên truyền, vận động Nhân '
                  'dân bảo vệ môi trường thực hiện quy ước, hương ước, nếp sống văn minh trong việc cưới, '
                  'việc tang và lễ hội...',
                  '“Khéo” trong vận động xã hội hóa giáo dục, hướng nghiệp, dạy nghề, tạo việc làm; thi đua '
                  'dạy tốt, học tốt, thực hiện các giải pháp nâng cao chất lượng dạy và học, xây dựng trường '
                  'học đạt chuẩn quốc gia, huy động trẻ em đi nhà trẻ, mẫu giáo, con em người dân tộc đến '
                  'trường không bỏ học; xây dựng và phát hiện tốt các phong trào thi đua trong học tập, rèn '
                  'luyện; xây dựng "Gia đình văn hóa", "Gia đình hiếu học", xây dựng "Đơn vị học tập", “xã '
                  'hội học tập” và phong trào khuyến học, khuyến tài...',
                  '“Khéo” vận động thực hiện các hoạt động nhân đạo, từ thiện, tinh thần tương thân, tương '
                  'ái trong cộng đồng; vận động thực hiện xã hội hóa chăm sóc gia đình chính sách, người '
                  'nghèo và trẻ em có hoàn cảnh đặc biệt khó khăn; người neo đơn, cơ nhỡ, cao tuổi, tàn tật, '
                  'khuyết tật, ốm đau dài ngày, nạn nhân chất độc da cam/dioxin, vùng bị thiệt hại do thiên '
                  'tai, dịch bệnh...',
                  '“Khéo” vận động Nhân dân thực hiện tốt công tác chăm sóc sức khỏe; chấp hành tốt các quy '
                  'định, giải pháp phòng ngừa dịch bệnh; nêu gương thực hiện các quy định về y đức, nâng cao '
                  'chất lượng khám, chữa bệnh và chăm sóc sức khỏe cho Nhân dân...',
                  '“Khéo” tuyên truyền vận động các tổ chức, cá nhân, tôn giáo, dân tộc và các nhà hảo tâm '
                  'tham gia hoạt động xã hội, từ thiện, các cuộc vận động, phong trào thi đua yêu nước, xây '
                  'dựng nông thôn mới, đô thị văn minh, giảm nghèo bền vững, xây dựng đời sống văn hóa, tham '
                  'gia đồng hành thực hiện các nhiệm vụ chính trị của địa phương.',
                  '“Khéo” tuyên truyền, vận động, nêu gương thực hiện các khâu vận động đền bù, giải phóng '
                  'mặt bằng, di dân tái định cư, ... trong trường hợp triển khai thực hiện các dự án gặp khó '
                  'khăn, vướng mắc tại địa phương.',
                  '“Khéo” phối hợp hòa giải tốt các mối quan hệ trong cộng đồng dân cư mâu thuẫn trong gia '
                  'đình, thôn, bản, khu phố.',
                  '“Khéo” trong việc khắc phục việc lấn chiếm đất, xây dựng công trình trái pháp luật ở các '
                  'địa phương và không lấn chiếm lòng, lề đường; không xây dựng, coi nói nhà cửa, đất đai '
                  'vùng dự án đã quy hoạch.',
                  '“Khéo” trong việc giải quyết tranh chấp đất đai, địa giới hành chính giữa các xã, thôn; '
                  'các vấn đề liên quan đến khiếu kiện đông người, vượt cấp.'],
  'requires_confirmation': False,
  'sort_order': 2},
 {'code': 'defence_security',
  'label_vi': 'Quốc phòng - an ninh',
  'label_en': 'Defence and security',
  'description_vi': 'Xây dựng mô hình “Dân vận khéo” trong tuyên truyền, vận động nhân dân nâng cao ý thức '
                    'chấp hành pháp luật; tích cực tham gia thực hiện nhiệm vụ quốc phòng, quân sự địa '
                    'phương; tham gia bảo vệ an ninh chính trị, trật tự an toàn xã hội; chấp hành nghiêm quy '
                    'định của pháp luật liên quan đến tín ngưỡng, tôn giáo...',
  'description_en': 'Defence and security: armed forces mass work, all-people defence, public order, crime '
                    'reporting.',
  'examples_vi': ['“Khéo” phát huy tốt vai trò của các lực lượng vũ trang để thực hiện tốt công tác dân vận '
                  'trong tình hình mới; thực hiện tốt nhiệm vụ quốc phòng - an ninh, giữ vững an ninh chính '
                  'trị, trật tự an toàn xã hội; chính sách hậu phương quân đội, tăng cường mối quan hệ gắn '
                  'bó, đoàn kết quân - dân...',
                  '“Khéo” tuyên truyền, vận động cán bộ, chiến sỹ, Nhân dân thực hiện tốt các chủ trương của '
                  'Đảng, chính sách, pháp luật của Nhà nước về xây dựng nền quốc phòng toàn dân, thể trận '
                  'quốc phòng toàn dân gắn với thể trận an ninh Nhân dân ngày càng vững chắc và nhiệm vụ bảo '
                  'vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới.',
                  '“Khéo” thực hiện hiệu quả các mô hình, công trình, phần việc giúp các địa phương, Nhân '
                  'dân phát triển kinh tế - xã hội, xây dựng nông thôn mới, đô thị văn minh, giảm nghèo bền '
                  'vững, phòng chống, khắc phục hậu quả thiên tai, dịch bệnh gắn với xây dựng khối đoàn kết '
                  'toàn dân, tăng cường đoàn kết gắn bó quân dân...',
                  '“Khéo” vận động Nhân dân chấp hành luật pháp; tố giác tội phạm, xây dựng khu dân cư đạt '
                  'chuẩn an toàn về an ninh trật tự, tích cực tham gia phong trào “Toàn dân bảo vệ an ninh '
                  'Tổ quốc”; giữ vững ổn định an ninh trật tự, an toàn xã hội tại địa phương, đơn vị; tích '
                  'cực tham gia phòng, chống tệ nạn xã hội; chấp hành Luật an ninh mạng và các quy định khi '
                  'sử dụng Internet, mạng xã hội...'],
  'requires_confirmation': False,
  'sort_order': 3},
 {'code': 'political_system',
  'label_vi': 'Xây dựng hệ thống chính trị',
  'label_en': 'Building the political system',
  'description_vi': 'Quán triệt, triển khai thực hiện có hiệu quả các quan điểm, chủ trương, đường lối của '
                    'Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận trong hệ thống chính trị, '
                    'công tác xây dựng Đảng, xây dựng hệ thống chính trị trong sạch, vững mạnh; đẩy mạnh học '
                    'tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đổi mới công tác tuyên '
                    'truyền, triển khai các chỉ thị, nghị quyết của Đảng, chính sách pháp luật của Nhà nước '
                    'để người dân hiểu và thực hiện tốt; đề xuất các nhiệm vụ, giải pháp nâng cao năng lực '
                    'lãnh đạo và sức chiến đấu của tổ chức Đảng, nâng cao chất lượng đội ngũ cán bộ, đảng '
                    'viên, chất lượng sinh hoạt chi bộ, trong hoạt động kiểm tra, giám sát; đổi mới phương '
                    'thức lãnh đạo, chỉ đạo của cấp ủy Đảng, công tác quản lý của các cơ quan hành chính Nhà '
                    'nước, chính quyền các cấp; có giải pháp thiết thực hiệu quả trong thực hiện đổi mới nội '
                    'dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, '
                    'các hội quần chúng.',
  'description_en': 'Building the political system: administrative reform, citizen reception and dialogue, '
                    'grassroots democracy, party and mass-organisation building.',
  'examples_vi': ['“Khéo” trong thực hiện công tác cải cách hành chính, nhất là thủ tục hành chính; chuyển '
                  'đổi số; phòng, chống hiệu quả tham nhũng, lãng phí, tiêu cực, những nhiễu, gây phiền hà '
                  'đối với Nhân dân, doanh nghiệp; trách nhiệm người đứng đầu trong việc tiếp công dân, đối '
                  'thoại, giải quyết những kiến nghị, đơn thư khiếu nại, tố cáo, các vụ việc phức tạp, đông '
                  'người, kéo dài; vấn đề liên quan đến việc triển khai các chương trình, dự án trọng điểm '
                  'của tỉnh và địa phương; bảo vệ quyền, lợi ích hợp pháp chính đáng của người dân; cán bộ, '
                  'công chức, viên chức trong quá trình thực thi công vụ, vận động Nhân dân chấp hành chủ '
                  'trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.',
                  '“Khéo” trong thực hiện công tác cải cách tư pháp, nâng cao hiệu lực, hiệu quả điều tra, '
                  'truy tố, xét xử, thi hành án ...',
                  '“Khéo” vận động Nhân dân thực hiện các cuộc vận động, phong trào thi đua yêu nước; xây '
                  'dựng và thực hiện tốt Quy chế dân chủ ở cơ sở, công tác dân tộc, tôn giáo, tổ chức tốt '
                  'các hoạt động đối thoại với Nhân dân, trong vận động Nhân dân thực hiện giám sát, phản '
                  'biện xã hội, tham gia góp ý xây dựng Đảng, xây dựng chính quyền, Mặt trận tổ quốc và các '
                  'đoàn thể chính trị - xã hội trong sạch, vững mạnh.',
                  '“Khéo” trong thành lập tổ chức đảng và đoàn thể chính trị-xã hội, phát triển đảng viên '
                  'trong doanh nghiệp ngoài nhà nước theo Đề án của Ban Thường vụ Tỉnh ủy.',
                  '“Khéo” trong công tác củng cố, nâng cao chất lượng hoạt động của các tổ chức hội, đoàn '
                  'thể ở nông thôn.',
                  '“Khéo” trong việc thực hiện chủ trương nâng cao chất lượng đội ngũ cán bộ ở cơ sở.'],
  'requires_confirmation': False,
  'sort_order': 4},
 {'code': 'new_rural',
  'label_vi': 'Xây dựng nông thôn mới',
  'label_en': 'New rural development',
  'description_vi': 'Lãnh đạo, chỉ đạo thực hiện đảm bảo lộ trình, kế hoạch về đích nông thôn mới của địa '
                    'phương, đơn vị. Có việc làm, phần việc đóng góp thiết thực, cụ thể trong các tiêu chí '
                    'xây dựng nông thôn mới (giải pháp, sáng kiến; huy động nguồn lực; tham gia đóng góp xây '
                    'dựng nông thôn mới), được cấp có thẩm quyền và cộng đồng ghi nhận. Triển khai thực hiện '
                    'tốt Nghị quyết số 04-NQ/HU ngày 24/5/2022 của Ban Chấp hành Đảng bộ huyện “về tăng '
                    'cường công tác vận động quần chúng của Mặt trận Tổ quốc và các đoàn thể chính trị - xã '
                    'hội, xây dựng huyện Vĩnh Linh đạt chuẩn nông thôn mới giai đoạn 2022 - 2025” và thi đua '
                    'lập thành tích cao nhất chào mừng kỷ niệm 70 năm truyền thống Vĩnh Linh (25/8/1954 - '
                    '25/8/2024), 70 năm Ngày thành lập Đặc khu Vĩnh Linh (16/6/1955 - 16/6/2025).',
  'description_en': 'New rural development: concrete contributions to the new-rural criteria (solutions, '
                    'initiatives, mobilised resources).',
  'examples_vi': [],
  'requires_confirmation': False,
  'sort_order': 5},
 {'code': 'other',
  'label_vi': 'Lĩnh vực khác',
  'label_en': 'Other field',
  'description_vi': 'Đối với tập thể, cá nhân đăng ký mô hình không thuộc các lĩnh vực nêu trên (lĩnh vực '
                    'khác), cần có nội dung cụ thể, được cơ quan, đơn vị trực tiếp quản lý xác nhận, duyệt '
                    'nội dung thực hiện.',
  'description_en': 'A model outside the five fields: it needs specific content confirmed by its directly '
                    'managing unit.',
  'examples_vi': [],
  'requires_confirmation': True,
  'sort_order': 6}]


def upgrade() -> None:
    
    op.create_table('fields',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label_vi', sa.String(length=200), nullable=False),
    sa.Column('label_en', sa.String(length=200), nullable=False),
    sa.Column('description_vi', sa.Text(), nullable=False),
    sa.Column('description_en', sa.Text(), nullable=False),
    sa.Column('examples_vi', sa.JSON(), nullable=False),
    sa.Column('requires_confirmation', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_fields'))
    )
    op.create_table('login_attempts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.Column('attempted_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_attempts'))
    )
    with op.batch_alter_table('login_attempts', schema=None) as batch_op:
        batch_op.create_index('ix_login_attempts_address_time', ['address', 'attempted_at'], unique=False)
        batch_op.create_index('ix_login_attempts_username_time', ['username', 'attempted_at'], unique=False)

    op.create_table('unit_kinds',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label_vi', sa.String(length=200), nullable=False),
    sa.Column('label_en', sa.String(length=200), nullable=False),
    sa.Column('is_party_organisation', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_unit_kinds'))
    )
    op.create_table('unit_levels',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label_vi', sa.String(length=200), nullable=False),
    sa.Column('label_en', sa.String(length=200), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_unit_levels'))
    )
    op.create_table('units',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_search', sa.String(length=300), nullable=False),
    sa.Column('kind_code', sa.String(length=40), nullable=False),
    sa.Column('level_code', sa.String(length=40), nullable=False),
    sa.Column('parent_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('party_org_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('path', sa.String(length=1000), nullable=False),
    sa.Column('depth', sa.Integer(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['kind_code'], ['unit_kinds.code'], name=op.f('fk_units_kind_code_unit_kinds')),
    sa.ForeignKeyConstraint(['level_code'], ['unit_levels.code'], name=op.f('fk_units_level_code_unit_levels')),
    sa.ForeignKeyConstraint(['parent_id'], ['units.id'], name=op.f('fk_units_parent_id_units')),
    sa.ForeignKeyConstraint(['party_org_id'], ['units.id'], name=op.f('fk_units_party_org_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('code', name=op.f('uq_units_code'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_kind_code'), ['kind_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_level_code'), ['level_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_name_search'), ['name_search'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_party_org_id'), ['party_org_id'], unique=False)
        batch_op.create_index('ix_units_path', ['path'], unique=False, postgresql_ops={'path': 'text_pattern_ops'})

    op.create_table('users',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('home_unit_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['home_unit_id'], ['units.id'], name=op.f('fk_users_home_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_home_unit_id'), ['home_unit_id'], unique=False)

    op.create_table('refresh_tokens',
    sa.Column('jti', sa.String(length=64), nullable=False),
    sa.Column('family_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_refresh_tokens_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('jti', name=op.f('pk_refresh_tokens'))
    )
    with op.batch_alter_table('refresh_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refresh_tokens_family_id'), ['family_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_refresh_tokens_user_id'), ['user_id'], unique=False)

    op.create_table('role_assignments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("role IN ('admin','registrant','mobiliser','authority','viewer')", name=op.f('ck_role_assignments_role_code')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_role_assignments_unit_id_units')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_role_assignments_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_role_assignments')),
    sa.UniqueConstraint('user_id', 'role', 'unit_id', name='uq_role_assignments_user_role_unit')
    )
    with op.batch_alter_table('role_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_role_assignments_unit_id'), ['unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_role_assignments_user_id'), ['user_id'], unique=False)

    op.bulk_insert(sa.table('unit_kinds', *(sa.column(c) for c in UNIT_KINDS[0])), UNIT_KINDS)
    op.bulk_insert(sa.table('unit_levels', *(sa.column(c) for c in UNIT_LEVELS[0])), UNIT_LEVELS)
    op.bulk_insert(
        sa.table('fields', *(sa.column(c, sa.JSON) if c == 'examples_vi' else sa.column(c) for c in FIELDS[0])), FIELDS
    )



def downgrade() -> None:
    
    with op.batch_alter_table('role_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_role_assignments_user_id'))
        batch_op.drop_index(batch_op.f('ix_role_assignments_unit_id'))

    op.drop_table('role_assignments')
    with op.batch_alter_table('refresh_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refresh_tokens_user_id'))
        batch_op.drop_index(batch_op.f('ix_refresh_tokens_family_id'))

    op.drop_table('refresh_tokens')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_home_unit_id'))

    op.drop_table('users')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index('ix_units_path', postgresql_ops={'path': 'text_pattern_ops'})
        batch_op.drop_index(batch_op.f('ix_units_party_org_id'))
        batch_op.drop_index(batch_op.f('ix_units_parent_id'))
        batch_op.drop_index(batch_op.f('ix_units_name_search'))
        batch_op.drop_index(batch_op.f('ix_units_level_code'))
        batch_op.drop_index(batch_op.f('ix_units_kind_code'))

    op.drop_table('units')
    op.drop_table('unit_levels')
    op.drop_table('unit_kinds')
    with op.batch_alter_table('login_attempts', schema=None) as batch_op:
        batch_op.drop_index('ix_login_attempts_username_time')
        batch_op.drop_index('ix_login_attempts_address_time')

    op.drop_table('login_attempts')
    op.drop_table('fields')

